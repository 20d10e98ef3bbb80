CREATE TABLE "Order Lines" ("Line No" integer PRIMARY KEY, "Qty" integer);
