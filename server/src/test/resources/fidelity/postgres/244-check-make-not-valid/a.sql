CREATE TABLE "T" (id integer PRIMARY KEY, "N" integer CONSTRAINT "N_pos" CHECK ("N" > 0));
