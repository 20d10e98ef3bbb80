CREATE SCHEMA billing;
CREATE DOMAIN billing."Amount" AS numeric(10,2) CHECK (VALUE >= 0);
CREATE TABLE billing.invoice (id integer PRIMARY KEY, total billing."Amount");
