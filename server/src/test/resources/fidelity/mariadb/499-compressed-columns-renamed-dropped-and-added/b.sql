CREATE TABLE t (id int PRIMARY KEY, doc blob COMPRESSED, note varchar(200) COMPRESSED CHARACTER SET latin1 NOT NULL DEFAULT 'n' COMMENT 'kept compressed', extra longblob COMPRESSED);
