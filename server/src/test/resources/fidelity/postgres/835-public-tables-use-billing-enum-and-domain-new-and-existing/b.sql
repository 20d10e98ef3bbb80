CREATE SCHEMA billing;
CREATE TYPE billing.currency AS ENUM ('EUR', 'USD');
CREATE DOMAIN billing.money_amount AS numeric(12,2) CONSTRAINT money_nonneg CHECK (VALUE >= 0);
CREATE TABLE orders (id integer PRIMARY KEY, total billing.money_amount, currency billing.currency NOT NULL DEFAULT 'EUR');
CREATE TABLE refunds (id integer PRIMARY KEY, order_id integer REFERENCES orders, amount billing.money_amount NOT NULL, currency billing.currency[]);
CREATE INDEX refunds_currency ON refunds USING gin (currency);
