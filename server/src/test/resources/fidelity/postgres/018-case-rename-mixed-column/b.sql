CREATE TABLE "Person" ("Id" integer PRIMARY KEY, "DisplayName" text);
