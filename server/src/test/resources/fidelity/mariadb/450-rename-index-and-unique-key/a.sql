CREATE TABLE t (id int PRIMARY KEY, a int, b int, c int, KEY idx_a (a), UNIQUE KEY uq_b (b), KEY idx_c (c) IGNORED)
