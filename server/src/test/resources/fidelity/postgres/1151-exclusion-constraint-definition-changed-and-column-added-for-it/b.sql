CREATE EXTENSION btree_gist;
CREATE TABLE bookings (id integer PRIMARY KEY, room integer NOT NULL, during tstzrange NOT NULL, site integer NOT NULL DEFAULT 0,
  CONSTRAINT bookings_no_overlap EXCLUDE USING gist (site WITH =, room WITH =, during WITH &&));
