CREATE TABLE vehicles (id integer PRIMARY KEY, wheels integer, name varchar(40), CONSTRAINT wheels_ok CHECK (wheels >= 0));
CREATE TABLE cars (seats integer) INHERITS (vehicles);
