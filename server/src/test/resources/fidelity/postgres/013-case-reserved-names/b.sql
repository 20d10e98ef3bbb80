CREATE TABLE "order" (id integer PRIMARY KEY, "user" text, "select" integer, "group" varchar(5));
