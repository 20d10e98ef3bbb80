CREATE TABLE customers (id integer PRIMARY KEY, email varchar(100) NOT NULL CONSTRAINT customers_email_key UNIQUE, name text);
