CREATE TABLE t (id integer PRIMARY KEY, qty integer, note text, seen text);
