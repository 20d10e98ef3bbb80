CREATE TABLE bookings (
  id int NOT NULL AUTO_INCREMENT,
  starts_at datetime NOT NULL,
  ends_at datetime NOT NULL,
  min_guests tinyint unsigned NOT NULL DEFAULT 1,
  max_guests tinyint unsigned NOT NULL DEFAULT 2,
  PRIMARY KEY (id),
  CONSTRAINT chk_bookings_period CHECK (ends_at > starts_at),
  CONSTRAINT chk_bookings_guests CHECK (min_guests <= max_guests and max_guests < 50)
);
