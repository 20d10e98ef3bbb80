CREATE EXTENSION btree_gist;
CREATE TABLE bookings (id integer PRIMARY KEY, during tstzrange NOT NULL, note text);
