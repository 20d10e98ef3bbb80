CREATE TABLE "order lines" ("line no" integer PRIMARY KEY, "unit price" numeric(8,2));
