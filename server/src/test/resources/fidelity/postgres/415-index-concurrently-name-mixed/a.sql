CREATE TABLE "Orders" ("Id" integer PRIMARY KEY, "CustomerId" integer);
