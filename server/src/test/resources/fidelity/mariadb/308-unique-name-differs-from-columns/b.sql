CREATE TABLE t (id int PRIMARY KEY, a int, b int, UNIQUE KEY uq_ba (b, a));
