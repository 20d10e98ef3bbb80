CREATE TABLE "T" ("Id" integer PRIMARY KEY, "Status" text);
