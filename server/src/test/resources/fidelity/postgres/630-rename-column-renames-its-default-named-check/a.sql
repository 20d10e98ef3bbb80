CREATE TABLE "Order" ("Id" serial PRIMARY KEY, "Total" numeric(10,2));
CREATE TABLE "OrderLine" ("Id" serial PRIMARY KEY, "OrderId" integer REFERENCES "Order"("Id"), "Qty" int CHECK ("Qty" > 0));
