CREATE TABLE vehicles (id integer PRIMARY KEY, wheels smallint, name varchar(20));
CREATE TABLE cars (seats integer) INHERITS (vehicles);
