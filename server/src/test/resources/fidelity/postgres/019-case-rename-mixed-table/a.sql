CREATE TABLE "Person" ("Id" integer PRIMARY KEY, name text);
