CREATE TABLE "Parent" ("Id" integer PRIMARY KEY);
