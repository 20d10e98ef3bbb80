CREATE SCHEMA "Sales";
CREATE TABLE "Sales"."Deal" ("Id" serial PRIMARY KEY, amount numeric);
