CREATE TABLE t (id integer PRIMARY KEY, value integer, "Value" text);
