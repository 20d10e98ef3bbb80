CREATE TABLE t (id int PRIMARY KEY, p point NOT NULL, g geometry, SPATIAL KEY sp (p));
