CREATE SCHEMA billing;
CREATE TABLE items (id integer PRIMARY KEY, qty integer);
CREATE TABLE billing.items (id integer PRIMARY KEY, qty integer);
