CREATE TABLE t (id integer PRIMARY KEY, a text UNIQUE, b text, c integer);
