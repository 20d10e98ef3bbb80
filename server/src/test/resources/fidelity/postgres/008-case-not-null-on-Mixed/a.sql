CREATE TABLE "Orders" (id integer PRIMARY KEY, "Total" numeric(10,2));
