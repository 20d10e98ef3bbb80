CREATE TABLE room_bookings (
  id int NOT NULL,
  room_id int NOT NULL,
  date_from date NOT NULL,
  date_to date NOT NULL,
  PRIMARY KEY (id),
  PERIOD FOR stay (date_from, date_to)
);
CREATE TABLE desk_bookings (
  id int NOT NULL,
  desk_id int NOT NULL,
  floor_id int NOT NULL,
  booked_from datetime NOT NULL,
  booked_to datetime NOT NULL,
  PRIMARY KEY (id),
  PERIOD FOR booking (booked_from, booked_to),
  UNIQUE KEY uq_desk_booking (desk_id, booking WITHOUT OVERLAPS)
);
