CREATE TABLE customers (id integer PRIMARY KEY);
CREATE TABLE orders (id serial PRIMARY KEY, customer_id integer REFERENCES customers, total numeric CHECK (total >= 0), code text UNIQUE);
CREATE INDEX orders_customer_id_idx ON orders (customer_id);
