CREATE TABLE orders (
  id int NOT NULL,
  status enum('new','paid') DEFAULT 'new',
  PRIMARY KEY (id)
);
