CREATE EXTENSION btree_gist;
CREATE TABLE "Stays" (id integer PRIMARY KEY, room integer NOT NULL, "Stay Span" tstzrange NOT NULL,
  CONSTRAINT no_overlap EXCLUDE USING gist (room WITH =, "Stay Span" WITH &&));
COMMENT ON CONSTRAINT no_overlap ON "Stays" IS 'one stay per room';
