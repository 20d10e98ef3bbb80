CREATE TABLE "order" (id integer PRIMARY KEY, "from" date, "to" date);
