CREATE TABLE customers (id integer PRIMARY KEY, email varchar(100), name text);
