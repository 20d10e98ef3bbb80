CREATE SCHEMA "Billing";
CREATE TABLE "Billing"."Invoice" ("Id" integer PRIMARY KEY, "Total" numeric(10,2) NOT NULL DEFAULT 0);
CREATE INDEX "Invoice_Total" ON "Billing"."Invoice" ("Total" DESC);
