CREATE TABLE t (id int PRIMARY KEY, code varchar(20) CHARACTER SET ascii COLLATE ascii_bin, sku char(8) CHARACTER SET latin1 NOT NULL DEFAULT '');
