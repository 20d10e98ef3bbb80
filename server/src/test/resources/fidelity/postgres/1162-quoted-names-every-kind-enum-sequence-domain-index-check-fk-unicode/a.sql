CREATE TABLE "größe" (id integer PRIMARY KEY);
