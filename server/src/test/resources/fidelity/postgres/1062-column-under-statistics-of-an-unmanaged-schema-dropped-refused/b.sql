CREATE SCHEMA stats;
CREATE TABLE t (id integer PRIMARY KEY, city text, n integer);
