CREATE SCHEMA billing;
CREATE TABLE billing.accounts (id integer PRIMARY KEY);
CREATE TABLE orders (id integer PRIMARY KEY, account_id integer REFERENCES billing.accounts (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED);
