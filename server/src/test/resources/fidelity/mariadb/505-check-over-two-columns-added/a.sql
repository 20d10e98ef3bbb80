CREATE TABLE bookings (
  id int NOT NULL AUTO_INCREMENT,
  starts_at datetime NOT NULL,
  ends_at datetime NOT NULL,
  min_guests tinyint unsigned NOT NULL DEFAULT 1,
  max_guests tinyint unsigned NOT NULL DEFAULT 2,
  PRIMARY KEY (id)
);
