CREATE TABLE orders (
  id int NOT NULL,
  status enum('new','paid') NOT NULL DEFAULT 'new',
  PRIMARY KEY (id)
);
