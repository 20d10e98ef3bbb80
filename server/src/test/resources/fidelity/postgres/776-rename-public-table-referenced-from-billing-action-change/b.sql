CREATE SCHEMA billing;
CREATE TABLE accounts (id serial PRIMARY KEY, name text);
CREATE TABLE billing.subscriptions (id serial PRIMARY KEY, account_id integer NOT NULL REFERENCES accounts (id) ON DELETE CASCADE, plan text NOT NULL);
CREATE TABLE billing.payments (id serial PRIMARY KEY, subscription_id integer REFERENCES billing.subscriptions (id) ON DELETE SET NULL, account_id integer REFERENCES accounts (id) ON DELETE SET NULL);
CREATE INDEX payments_account_id ON billing.payments (account_id);
