CREATE TABLE e (id integer PRIMARY KEY, at timestamp);
