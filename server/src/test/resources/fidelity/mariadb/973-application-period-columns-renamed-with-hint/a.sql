CREATE TABLE room_bookings (
  id int NOT NULL,
  room_id int NOT NULL,
  date_from date NOT NULL,
  date_to date NOT NULL,
  PRIMARY KEY (id),
  PERIOD FOR stay (date_from, date_to),
  UNIQUE KEY uq_room_stay (room_id, stay WITHOUT OVERLAPS)
);
