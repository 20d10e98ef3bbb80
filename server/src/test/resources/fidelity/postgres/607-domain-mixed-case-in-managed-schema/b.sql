CREATE SCHEMA billing;
CREATE DOMAIN billing."Amount" AS numeric(10,2) DEFAULT 0 NOT NULL CONSTRAINT "Amount_Max" CHECK (VALUE < 100000) CHECK (VALUE >= 0);
COMMENT ON DOMAIN billing."Amount" IS 'money';
CREATE DOMAIN billing."Ref" AS varchar(12) COLLATE "C";
CREATE TABLE billing.invoice (id integer PRIMARY KEY, total billing."Amount", ref billing."Ref");
CREATE TABLE billing.line (id integer PRIMARY KEY, amount billing."Amount");
