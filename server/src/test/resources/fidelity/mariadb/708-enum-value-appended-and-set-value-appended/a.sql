CREATE TABLE items (
  id int NOT NULL,
  status enum('new','old') NOT NULL DEFAULT 'new',
  tags set('a','b') DEFAULT NULL,
  PRIMARY KEY (id)
);
