CREATE TABLE t (id int PRIMARY KEY, a int, b int AS (a * 2) PERSISTENT, c varchar(10) AS (concat('x', a)) VIRTUAL);
