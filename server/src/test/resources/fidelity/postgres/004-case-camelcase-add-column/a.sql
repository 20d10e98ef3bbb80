CREATE TABLE "CamelCase" ("Id" integer PRIMARY KEY);
