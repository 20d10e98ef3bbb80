CREATE TABLE t (name text);
