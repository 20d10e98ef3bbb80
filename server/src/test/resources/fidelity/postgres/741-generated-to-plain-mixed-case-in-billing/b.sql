CREATE SCHEMA billing;
CREATE TABLE billing."Invoice" (id integer PRIMARY KEY, "Amount" integer NOT NULL, "AmountCents" bigint);
CREATE INDEX "Invoice_AmountCents_idx" ON billing."Invoice" ("AmountCents");
CREATE TABLE billing.refunds (id integer PRIMARY KEY, invoice_id integer NOT NULL REFERENCES billing."Invoice" (id));
