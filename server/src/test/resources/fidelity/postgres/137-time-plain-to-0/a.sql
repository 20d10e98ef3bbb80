CREATE TABLE e (id integer PRIMARY KEY, t time);
