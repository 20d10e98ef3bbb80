CREATE TABLE t (id integer PRIMARY KEY, v text COMPRESSION pglz, w text COMPRESSION pglz);
