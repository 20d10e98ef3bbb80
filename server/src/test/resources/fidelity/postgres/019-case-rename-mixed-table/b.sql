CREATE TABLE "People" ("Id" integer PRIMARY KEY, name text);
