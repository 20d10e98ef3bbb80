CREATE TABLE "Items" (id integer PRIMARY KEY, "Note" text);
