CREATE TABLE t (id int PRIMARY KEY, a varchar(10) CHARACTER SET utf8mb3, b text CHARACTER SET utf8mb3 COLLATE utf8mb3_unicode_ci) DEFAULT CHARSET=utf8mb3;
