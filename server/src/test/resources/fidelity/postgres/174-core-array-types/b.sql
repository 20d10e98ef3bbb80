CREATE TABLE a (id integer PRIMARY KEY, ints integer[], names varchar(10)[]);
