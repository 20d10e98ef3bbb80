CREATE TABLE t (id int PRIMARY KEY, a int, b int, UNIQUE KEY uq_ab (a, b));
