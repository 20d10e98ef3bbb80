CREATE TABLE t (id int(11) PRIMARY KEY, n int(5), s smallint(6));
