CREATE TABLE parent (
  id int NOT NULL AUTO_INCREMENT,
  a int NOT NULL,
  b int NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY a_b (a, b)
);
CREATE TABLE child (
  id int NOT NULL,
  pa int NOT NULL,
  pb int NOT NULL,
  PRIMARY KEY (id),
  KEY fk_child (pa, pb),
  CONSTRAINT fk_child FOREIGN KEY (pa, pb) REFERENCES parent (a, b) ON UPDATE CASCADE
);
