CREATE TABLE room_bookings (
  id int NOT NULL AUTO_INCREMENT,
  room_id int NOT NULL,
  guest varchar(50) NOT NULL,
  date_from date NOT NULL DEFAULT '2026-01-01',
  date_to date NOT NULL DEFAULT '2026-01-02',
  PRIMARY KEY (id),
  PERIOD FOR stay (date_from, date_to),
  UNIQUE KEY uq_room_stay (room_id, stay WITHOUT OVERLAPS)
);
