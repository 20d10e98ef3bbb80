CREATE TABLE customers (id integer PRIMARY KEY, email varchar(100) NOT NULL, name text CONSTRAINT name_len CHECK (length(name) > 1));
