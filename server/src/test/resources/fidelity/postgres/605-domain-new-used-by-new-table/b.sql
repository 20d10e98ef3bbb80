CREATE TABLE users (id integer PRIMARY KEY);
CREATE DOMAIN money_amount AS numeric(12,2) DEFAULT 0 NOT NULL CONSTRAINT money_amount_nonneg CHECK (VALUE >= 0);
CREATE DOMAIN price AS money_amount CHECK (VALUE < 1000000);
COMMENT ON DOMAIN price IS 'a price in cents';
CREATE TABLE invoices (id integer PRIMARY KEY, user_id integer REFERENCES users, total money_amount, unit price, history money_amount[]);
