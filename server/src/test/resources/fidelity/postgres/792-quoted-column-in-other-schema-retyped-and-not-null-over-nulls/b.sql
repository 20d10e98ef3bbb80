CREATE SCHEMA billing;
CREATE TABLE billing."Items" ("Id" integer PRIMARY KEY, "Qty" bigint NOT NULL DEFAULT 1, "Unit Price" numeric(10,2) NOT NULL DEFAULT 0.00);
CREATE INDEX "Items_Qty_idx" ON billing."Items" ("Qty");
