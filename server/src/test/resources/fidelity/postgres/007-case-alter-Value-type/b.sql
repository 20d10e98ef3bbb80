CREATE TABLE t (id integer PRIMARY KEY, value integer, "Value" varchar(50));
