CREATE TABLE t (id integer PRIMARY KEY, a integer, b integer, c integer);
CREATE STATISTICS t_sum ON (a + c), b FROM t;
