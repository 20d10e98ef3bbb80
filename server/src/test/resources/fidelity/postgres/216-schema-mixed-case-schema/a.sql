CREATE SCHEMA "Billing";
CREATE TABLE "Billing"."Invoice" ("Id" integer PRIMARY KEY);
