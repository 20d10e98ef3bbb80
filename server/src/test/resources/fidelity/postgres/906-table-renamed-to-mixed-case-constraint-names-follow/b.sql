CREATE TABLE customers (id integer PRIMARY KEY);
CREATE TABLE "Purchases" (id serial PRIMARY KEY, customer_id integer REFERENCES customers, total numeric CHECK (total >= 0), code text UNIQUE);
CREATE INDEX ON "Purchases" (customer_id);
