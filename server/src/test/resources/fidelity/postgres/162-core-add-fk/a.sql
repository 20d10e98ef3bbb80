CREATE TABLE customers (id integer PRIMARY KEY, email varchar(100) NOT NULL, name text);
CREATE TABLE orders (id integer PRIMARY KEY, customer_id integer);
