CREATE TABLE t (id integer PRIMARY KEY, v text) WITH (fillfactor = 70);
