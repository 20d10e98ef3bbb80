CREATE TABLE bookings (id int NOT NULL PRIMARY KEY, room varchar(20) NOT NULL);
CREATE TABLE rooms (id int NOT NULL PRIMARY KEY);
