CREATE TABLE t (id int PRIMARY KEY, a int, b int, c int, KEY idx_a_renamed (a), UNIQUE KEY uq_b2 (b), KEY idx_c2 (c))
