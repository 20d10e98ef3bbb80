CREATE TABLE "x.y" (id integer PRIMARY KEY, "c""d" text);
