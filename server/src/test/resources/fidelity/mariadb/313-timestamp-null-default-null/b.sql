CREATE TABLE t (id int PRIMARY KEY, deleted_at timestamp NULL DEFAULT NULL, seen timestamp(6) NOT NULL DEFAULT '2000-01-01 00:00:00.000000');
