CREATE SCHEMA "Shop";
CREATE TABLE "Shop"."Item" ("Id" integer PRIMARY KEY, "UnitPriceCents" integer NOT NULL, "Qty" integer NOT NULL DEFAULT 1,
  "TotalCents" bigint GENERATED ALWAYS AS ("UnitPriceCents"::bigint * "Qty") STORED, CHECK ("UnitPriceCents" >= 0));
CREATE INDEX "Item_Total" ON "Shop"."Item" ("TotalCents" DESC);
