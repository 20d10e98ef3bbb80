CREATE TABLE bookings (id integer PRIMARY KEY, seats int4range NOT NULL, stay daterange);
