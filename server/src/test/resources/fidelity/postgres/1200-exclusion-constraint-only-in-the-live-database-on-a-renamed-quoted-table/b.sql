CREATE EXTENSION btree_gist;
CREATE TABLE "Room Bookings" (id integer PRIMARY KEY, room_no integer NOT NULL, during tstzrange NOT NULL);
