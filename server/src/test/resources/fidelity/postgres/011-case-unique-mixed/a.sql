CREATE TABLE t (id integer PRIMARY KEY, "Code" text);
