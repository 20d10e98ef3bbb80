CREATE EXTENSION btree_gist;
CREATE TABLE "Room Reservations" (id integer PRIMARY KEY, room integer NOT NULL, during tsrange NOT NULL,
  CONSTRAINT "select" EXCLUDE USING gist (room WITH =, during WITH &&));
