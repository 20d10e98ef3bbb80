CREATE TABLE bookings (
  id int NOT NULL,
  nights int NOT NULL,
  guests int NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT `nights positive` CHECK (nights > 0),
  CONSTRAINT `guests_max` CHECK (guests <= 10)
);
