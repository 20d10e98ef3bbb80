CREATE SCHEMA "Shop";
CREATE TABLE "Shop"."Item" ("Id" integer PRIMARY KEY, "PriceCents" integer NOT NULL, "Qty" integer NOT NULL DEFAULT 1,
  "TotalCents" bigint GENERATED ALWAYS AS ("PriceCents"::bigint * "Qty") STORED, CHECK ("PriceCents" >= 0));
CREATE INDEX "Item_Total" ON "Shop"."Item" ("TotalCents" DESC);
