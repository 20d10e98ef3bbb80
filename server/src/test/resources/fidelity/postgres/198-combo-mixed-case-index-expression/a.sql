CREATE TABLE "U" ("Id" integer PRIMARY KEY, "Email" text);
