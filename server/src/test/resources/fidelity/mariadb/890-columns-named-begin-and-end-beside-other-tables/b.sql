CREATE TABLE bookings (id int NOT NULL PRIMARY KEY, room varchar(20) NOT NULL, begin date, end date, CHECK (begin <= end));
CREATE TABLE rooms (id int NOT NULL PRIMARY KEY, begin int DEFAULT 0);
CREATE INDEX bookings_begin_idx ON bookings (begin);
CREATE TABLE schedules (id int NOT NULL PRIMARY KEY, begin datetime, label varchar(20));
