CREATE TABLE t (id integer PRIMARY KEY, a text, b bigint, c date);
CREATE VIEW v AS SELECT id, a FROM t;
