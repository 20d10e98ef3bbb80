CREATE TABLE employee (id integer PRIMARY KEY, birthdate date NOT NULL);
