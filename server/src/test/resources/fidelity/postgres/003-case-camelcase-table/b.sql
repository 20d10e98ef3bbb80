CREATE TABLE "CamelCase" ("Id" integer PRIMARY KEY, "DisplayName" varchar(40) NOT NULL);
