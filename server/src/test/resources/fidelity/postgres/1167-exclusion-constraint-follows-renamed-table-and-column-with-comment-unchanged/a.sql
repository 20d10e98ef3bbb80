CREATE EXTENSION btree_gist;
CREATE TABLE reservations (id integer PRIMARY KEY, room integer NOT NULL, during tstzrange NOT NULL,
  CONSTRAINT no_overlap EXCLUDE USING gist (room WITH =, during WITH &&) WHERE (room > 0));
COMMENT ON CONSTRAINT no_overlap ON reservations IS 'kept';
