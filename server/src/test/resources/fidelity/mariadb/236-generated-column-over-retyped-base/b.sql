CREATE TABLE person (
  id int NOT NULL,
  first varchar(50) NOT NULL,
  last varchar(50) NOT NULL,
  full_name varchar(101) AS (concat(first, ' ', last)) VIRTUAL,
  initials char(2) AS (concat(left(first, 1), left(last, 1))) STORED,
  PRIMARY KEY (id),
  KEY idx_full (full_name)
);
