CREATE TABLE people (
  id int NOT NULL,
  first varchar(20) NOT NULL,
  last varchar(20) NOT NULL,
  full varchar(41) AS (concat(first, ' ', last)) PERSISTENT,
  PRIMARY KEY (id),
  UNIQUE KEY uk_people_full (full)
);
