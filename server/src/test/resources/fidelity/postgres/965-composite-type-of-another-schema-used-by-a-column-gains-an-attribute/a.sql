CREATE SCHEMA billing;
CREATE TYPE billing."Money" AS (value numeric(12,2), currency char(3));
CREATE TABLE orders (id integer PRIMARY KEY, total billing."Money");
CREATE TABLE billing.ledger (id integer PRIMARY KEY, amount billing."Money"[]);
