CREATE TABLE bookings (id integer PRIMARY KEY, seats int8range NOT NULL, stay daterange, free_days datemultirange DEFAULT '{}'::datemultirange, slots int4multirange);
