CREATE EXTENSION btree_gist;
CREATE TABLE reservations (id integer PRIMARY KEY, room bigint NOT NULL, during tstzrange NOT NULL, guest text,
  CONSTRAINT bookings_no_overlap EXCLUDE USING gist (room WITH =, during WITH &&) WHERE (room > 0));
