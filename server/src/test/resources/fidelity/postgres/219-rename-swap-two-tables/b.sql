CREATE TABLE right_t (id integer PRIMARY KEY, l text);
CREATE TABLE left_t (id integer PRIMARY KEY, r text);
