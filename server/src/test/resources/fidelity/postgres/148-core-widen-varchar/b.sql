CREATE TABLE customers (id integer PRIMARY KEY, email varchar(200) NOT NULL, name text);
