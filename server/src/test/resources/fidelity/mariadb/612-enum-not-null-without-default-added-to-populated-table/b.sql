CREATE TABLE users (
  id int NOT NULL AUTO_INCREMENT,
  name varchar(50) NOT NULL,
  kind enum('person','robot') NOT NULL,
  tier enum('free','paid') CHARACTER SET ascii COLLATE ascii_bin NOT NULL DEFAULT 'free',
  PRIMARY KEY (id)
);
