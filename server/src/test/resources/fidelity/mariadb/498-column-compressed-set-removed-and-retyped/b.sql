CREATE TABLE t (id int PRIMARY KEY, doc blob COMPRESSED, note varchar(1000), body mediumtext COMPRESSED NOT NULL, raw varbinary(800) COMPRESSED COMMENT 'packed');
