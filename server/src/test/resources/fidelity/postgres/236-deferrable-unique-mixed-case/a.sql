CREATE TABLE "Slot" ("Id" integer PRIMARY KEY, "Pos" integer);
