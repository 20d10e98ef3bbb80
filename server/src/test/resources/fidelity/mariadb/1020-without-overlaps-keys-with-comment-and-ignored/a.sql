-- keys unique without overlaps with a COMMENT or IGNORED: schemactl once read them as plain keys without either
CREATE TABLE room_bookings (
  id int NOT NULL,
  room_id int NOT NULL,
  guest_id int NOT NULL,
  date_from date NOT NULL,
  date_to date NOT NULL,
  PRIMARY KEY (id),
  PERIOD FOR stay (date_from, date_to),
  UNIQUE KEY uq_room_stay (room_id, stay WITHOUT OVERLAPS) COMMENT 'one booking a room at a time',
  UNIQUE KEY uq_guest_stay (guest_id, stay WITHOUT OVERLAPS) IGNORED
);
CREATE TABLE desk_bookings (
  id int NOT NULL,
  desk_id int NOT NULL,
  booked_from datetime NOT NULL,
  booked_to datetime NOT NULL,
  PRIMARY KEY (id),
  PERIOD FOR booking (booked_from, booked_to),
  UNIQUE KEY uq_desk_booking (desk_id, booking WITHOUT OVERLAPS) COMMENT 'kept' IGNORED
);
