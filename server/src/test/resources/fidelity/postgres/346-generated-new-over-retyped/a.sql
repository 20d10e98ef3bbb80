CREATE TABLE box (id integer PRIMARY KEY, w integer, h integer);
