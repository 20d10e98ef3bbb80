CREATE TABLE customers (id serial PRIMARY KEY, full_name text NOT NULL, email varchar(255) NOT NULL, street text, city text, zip varchar(10), country char(2) DEFAULT 'DE');
CREATE UNIQUE INDEX customers_email_idx ON customers (email);
CREATE TABLE orders (id serial PRIMARY KEY, customer_id integer NOT NULL REFERENCES customers (id), total numeric(10,2));
CREATE INDEX orders_customer_id_idx ON orders (customer_id);
