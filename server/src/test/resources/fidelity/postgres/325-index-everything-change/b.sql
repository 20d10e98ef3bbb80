CREATE TABLE "Item" ("Id" integer PRIMARY KEY, "Name" text, price numeric, "Tags" text[], deleted boolean DEFAULT false);
CREATE INDEX "Item_Name_lower" ON "Item" (lower("Name") text_pattern_ops DESC NULLS LAST, price NULLS FIRST) INCLUDE ("Id", deleted) WHERE NOT deleted AND price > 0;
CREATE INDEX item_tags ON "Item" USING gin ("Tags" array_ops) WITH (fastupdate = off);
CREATE INDEX "Item price brin" ON "Item" USING brin (price) WITH (pages_per_range = 32);
