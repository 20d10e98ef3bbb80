CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE TABLE room_booking (room integer, during tsrange, EXCLUDE USING gist (room WITH =, during WITH &&));
