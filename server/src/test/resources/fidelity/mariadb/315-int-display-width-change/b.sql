CREATE TABLE t (id int(10) unsigned PRIMARY KEY, n int(11), s smallint(3));
