CREATE TABLE a1 (id integer PRIMARY KEY);
CREATE TABLE b1 (id integer PRIMARY KEY, a_id integer REFERENCES a1 (id));
CREATE TABLE c1 (id integer PRIMARY KEY, b_id integer REFERENCES b1 (id));
