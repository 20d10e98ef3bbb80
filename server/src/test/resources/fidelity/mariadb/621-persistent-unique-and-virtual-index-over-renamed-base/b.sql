CREATE TABLE people (
  id int NOT NULL,
  given varchar(20) NOT NULL,
  last varchar(20) NOT NULL,
  full varchar(41) AS (concat(given, ' ', last)) PERSISTENT,
  initial char(1) AS (left(given, 1)) VIRTUAL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_people_full (full),
  KEY idx_people_initial (initial)
);
