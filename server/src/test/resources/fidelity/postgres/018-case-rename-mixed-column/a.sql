CREATE TABLE "Person" ("Id" integer PRIMARY KEY, "FullName" text);
