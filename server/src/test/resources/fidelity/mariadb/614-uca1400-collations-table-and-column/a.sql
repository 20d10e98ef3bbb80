CREATE TABLE names (
  id int NOT NULL,
  name varchar(50) DEFAULT NULL,
  kind enum('a','b') DEFAULT NULL,
  PRIMARY KEY (id)
);
