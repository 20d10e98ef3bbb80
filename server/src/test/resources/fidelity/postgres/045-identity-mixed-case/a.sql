CREATE TABLE "Acct" ("Id" integer PRIMARY KEY);
