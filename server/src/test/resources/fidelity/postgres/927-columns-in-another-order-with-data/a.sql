CREATE TABLE t (a integer, b text, c date, PRIMARY KEY (a));
