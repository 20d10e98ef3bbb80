CREATE TABLE room_bookings (
  id int NOT NULL,
  room_id int NOT NULL,
  starts_on date NOT NULL,
  ends_on date NOT NULL,
  PRIMARY KEY (id),
  PERIOD FOR stay (starts_on, ends_on),
  UNIQUE KEY uq_room_stay (room_id, stay WITHOUT OVERLAPS)
);
