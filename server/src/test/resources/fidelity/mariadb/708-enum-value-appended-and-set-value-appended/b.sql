CREATE TABLE items (
  id int NOT NULL,
  status enum('new','old','gone') NOT NULL DEFAULT 'new',
  tags set('a','b','c') DEFAULT 'a,b',
  PRIMARY KEY (id)
);
