CREATE TABLE bookings (id integer PRIMARY KEY, room text NOT NULL);
CREATE TABLE rooms (id integer PRIMARY KEY);
