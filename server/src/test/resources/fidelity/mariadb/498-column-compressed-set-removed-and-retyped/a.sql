CREATE TABLE t (id int PRIMARY KEY, doc blob, note varchar(1000) COMPRESSED, body text COMPRESSED, raw varbinary(500));
