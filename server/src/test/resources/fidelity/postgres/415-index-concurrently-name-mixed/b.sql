CREATE TABLE "Orders" ("Id" integer PRIMARY KEY, "CustomerId" integer);
CREATE INDEX "IX_Orders_CustomerId" ON "Orders" ("CustomerId");
