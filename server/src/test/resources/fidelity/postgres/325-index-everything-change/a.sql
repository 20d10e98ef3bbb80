CREATE TABLE "Item" ("Id" integer PRIMARY KEY, "Name" text, price numeric, "Tags" text[], deleted boolean DEFAULT false);
CREATE INDEX "Item_Name_lower" ON "Item" (lower("Name") text_pattern_ops DESC NULLS LAST, price) INCLUDE ("Id") WHERE NOT deleted;
CREATE INDEX item_tags ON "Item" USING gin ("Tags");
