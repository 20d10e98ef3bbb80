CREATE TABLE orders (
  id int NOT NULL,
  status enum('new','paid') DEFAULT NULL,
  PRIMARY KEY (id)
);
