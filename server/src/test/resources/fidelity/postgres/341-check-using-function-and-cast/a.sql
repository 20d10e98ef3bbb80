CREATE TABLE "User" (id integer PRIMARY KEY, name text, born date);
