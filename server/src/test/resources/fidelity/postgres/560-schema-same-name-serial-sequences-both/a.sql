CREATE SCHEMA billing;
CREATE TABLE items (id integer PRIMARY KEY);
CREATE TABLE billing.items (id integer PRIMARY KEY);
