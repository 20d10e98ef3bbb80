CREATE TABLE t (c date, a integer, b text, PRIMARY KEY (a));
