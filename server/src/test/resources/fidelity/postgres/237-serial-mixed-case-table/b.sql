CREATE TABLE "Order" ("Id" serial PRIMARY KEY, "No" bigserial);
