CREATE TABLE t (id int PRIMARY KEY, h binary(4) NOT NULL DEFAULT 'abcd', v varbinary(10) DEFAULT 'ab');
