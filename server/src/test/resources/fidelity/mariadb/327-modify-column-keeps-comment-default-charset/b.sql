CREATE TABLE t (id int PRIMARY KEY, name varchar(100) CHARACTER SET latin1 NOT NULL DEFAULT 'x' COMMENT 'the name');
