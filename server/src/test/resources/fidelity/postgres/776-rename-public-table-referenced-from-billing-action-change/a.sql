CREATE SCHEMA billing;
CREATE TABLE customers (id serial PRIMARY KEY, name text);
CREATE TABLE billing.subscriptions (id serial PRIMARY KEY, customer_id integer NOT NULL REFERENCES customers (id), plan text NOT NULL);
CREATE TABLE billing.payments (id serial PRIMARY KEY, subscription_id integer REFERENCES billing.subscriptions (id), customer_id integer REFERENCES customers (id));
