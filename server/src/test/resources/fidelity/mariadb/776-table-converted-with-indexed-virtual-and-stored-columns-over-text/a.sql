CREATE TABLE people (
  id int NOT NULL,
  first varchar(50) NOT NULL,
  last varchar(50) NOT NULL,
  full_name varchar(101) AS (concat(first, ' ', last)) VIRTUAL,
  initials char(2) AS (concat(left(first, 1), left(last, 1))) PERSISTENT,
  PRIMARY KEY (id),
  KEY full_name (full_name),
  UNIQUE KEY initials_id (initials, id)
) DEFAULT CHARSET=latin1;
