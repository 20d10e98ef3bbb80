CREATE TABLE "order" (id integer PRIMARY KEY);
