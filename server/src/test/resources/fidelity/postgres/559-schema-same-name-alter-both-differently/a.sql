CREATE SCHEMA billing;
CREATE TABLE items (id integer PRIMARY KEY, qty integer, note text);
CREATE TABLE billing.items (id integer PRIMARY KEY, qty integer, note text);
