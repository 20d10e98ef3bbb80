CREATE TABLE clients (id integer PRIMARY KEY, email varchar(100) NOT NULL, name text);
