CREATE TABLE customers (id integer PRIMARY KEY, email varchar(100) NOT NULL, name text);
CREATE TABLE orders (id integer PRIMARY KEY, customer_id integer REFERENCES customers (id));
CREATE INDEX orders_customer ON orders (customer_id);
