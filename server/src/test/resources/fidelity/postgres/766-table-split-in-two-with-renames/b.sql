CREATE TABLE accounts (id serial PRIMARY KEY, name text NOT NULL, email varchar(255) NOT NULL);
CREATE UNIQUE INDEX accounts_email_idx ON accounts (email);
CREATE TABLE addresses (id serial PRIMARY KEY, account_id integer NOT NULL REFERENCES accounts (id) ON DELETE CASCADE, kind text NOT NULL DEFAULT 'shipping', street text, city text, zip varchar(10), country char(2) DEFAULT 'DE');
CREATE INDEX addresses_account_id_idx ON addresses (account_id);
CREATE TABLE orders (id serial PRIMARY KEY, account_id integer NOT NULL REFERENCES accounts (id), shipping_address_id integer REFERENCES addresses (id), total numeric(10,2));
CREATE INDEX orders_account_id_idx ON orders (account_id);
