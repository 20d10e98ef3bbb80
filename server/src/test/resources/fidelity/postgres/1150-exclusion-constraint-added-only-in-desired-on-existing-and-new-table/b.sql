CREATE EXTENSION btree_gist;
CREATE TABLE bookings (id integer PRIMARY KEY, room integer NOT NULL, during tstzrange NOT NULL, note text,
  CONSTRAINT bookings_no_overlap EXCLUDE USING gist (room WITH =, during WITH &&) WHERE (note IS DISTINCT FROM 'cancelled'));
COMMENT ON CONSTRAINT bookings_no_overlap ON bookings IS 'one booking per room at a time';
CREATE TABLE "Desk Loans" ("Desk" integer NOT NULL, span daterange NOT NULL,
  CONSTRAINT "Desk Loans no overlap" EXCLUDE USING gist ("Desk" WITH =, span WITH &&) DEFERRABLE INITIALLY DEFERRED);
