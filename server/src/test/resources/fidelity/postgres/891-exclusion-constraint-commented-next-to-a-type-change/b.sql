CREATE EXTENSION btree_gist;
CREATE TABLE rooms (id integer PRIMARY KEY, room integer NOT NULL, during tsrange NOT NULL, note varchar(80),
  CONSTRAINT no_overlap EXCLUDE USING gist (room WITH =, during WITH &&), CONSTRAINT note_short CHECK (length(note) < 80));
COMMENT ON CONSTRAINT no_overlap ON rooms IS 'one booking at a time';
COMMENT ON CONSTRAINT note_short ON rooms IS 'fits a line';
