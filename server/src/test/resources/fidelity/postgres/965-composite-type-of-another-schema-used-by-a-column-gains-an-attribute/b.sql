CREATE SCHEMA billing;
CREATE TYPE billing."Money" AS (value numeric(12,2), currency char(3), "fxRate" numeric);
CREATE TYPE billing.line_item AS (sku text, price billing."Money");
CREATE TABLE orders (id integer PRIMARY KEY, total billing."Money", first_line billing.line_item);
CREATE TABLE billing.ledger (id integer PRIMARY KEY, amount billing."Money"[]);
