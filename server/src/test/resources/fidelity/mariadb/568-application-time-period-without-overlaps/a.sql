CREATE TABLE room_bookings (
  id int NOT NULL AUTO_INCREMENT,
  room_id int NOT NULL,
  guest varchar(50) NOT NULL,
  PRIMARY KEY (id)
);
