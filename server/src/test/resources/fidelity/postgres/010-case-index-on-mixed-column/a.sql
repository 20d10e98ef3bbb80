CREATE TABLE t (id integer PRIMARY KEY, "Email" text);
