CREATE TABLE "Customers" ("Id" serial PRIMARY KEY, "Email" text NOT NULL CONSTRAINT "Customers_Email_key" UNIQUE);
CREATE TABLE orders (id serial PRIMARY KEY, customer_id integer NOT NULL CONSTRAINT orders_customer_fk REFERENCES "Customers" ("Id"));
