CREATE TABLE customers (id integer PRIMARY KEY, email text NOT NULL, name text);
