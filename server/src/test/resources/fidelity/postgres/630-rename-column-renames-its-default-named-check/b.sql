CREATE TABLE "Orders" ("Id" serial PRIMARY KEY, "Total" numeric(12,2) NOT NULL DEFAULT 0);
CREATE TABLE "OrderLine" ("Id" serial PRIMARY KEY, "OrderId" integer REFERENCES "Orders"("Id"), "Quantity" int CHECK ("Quantity" > 0));
