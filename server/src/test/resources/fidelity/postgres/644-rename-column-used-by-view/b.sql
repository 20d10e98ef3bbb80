CREATE TABLE t (id int PRIMARY KEY, name text);
CREATE VIEW v AS SELECT id, name AS nm FROM t;
