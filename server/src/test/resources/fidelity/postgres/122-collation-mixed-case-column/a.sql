CREATE TABLE t (id integer PRIMARY KEY, "Name" text);
