CREATE TABLE customers (id integer PRIMARY KEY, email varchar(50) NOT NULL, name text);
