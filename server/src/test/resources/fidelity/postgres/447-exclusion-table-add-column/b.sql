CREATE EXTENSION btree_gist;
CREATE TABLE booking (id integer PRIMARY KEY, room int, during tstzrange, guest text NOT NULL DEFAULT '', EXCLUDE USING gist (room WITH =, during WITH &&));
