CREATE TABLE bookings (
  id int NOT NULL,
  nights int NOT NULL,
  guests int NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT `Nights Positive` CHECK (nights > 0),
  CONSTRAINT `GUESTS_max` CHECK (guests <= 8)
);
