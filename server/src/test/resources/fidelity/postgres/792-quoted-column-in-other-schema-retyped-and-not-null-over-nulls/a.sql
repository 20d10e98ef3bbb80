CREATE SCHEMA billing;
CREATE TABLE billing."Items" ("Id" integer PRIMARY KEY, "Qty" integer, "Unit Price" numeric(8,2));
CREATE INDEX "Items_Qty_idx" ON billing."Items" ("Qty");
