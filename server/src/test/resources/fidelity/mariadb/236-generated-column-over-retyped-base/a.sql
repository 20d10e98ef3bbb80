CREATE TABLE person (
  id int NOT NULL,
  first varchar(20) NOT NULL,
  last varchar(20) NOT NULL,
  full_name varchar(41) AS (concat(first, ' ', last)) VIRTUAL,
  PRIMARY KEY (id)
);
