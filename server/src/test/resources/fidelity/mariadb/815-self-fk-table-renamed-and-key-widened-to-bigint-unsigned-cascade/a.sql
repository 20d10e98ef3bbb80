CREATE TABLE comments (
  id int NOT NULL AUTO_INCREMENT,
  parent_id int DEFAULT NULL,
  body text NOT NULL,
  PRIMARY KEY (id),
  KEY parent_id (parent_id),
  CONSTRAINT comments_parent FOREIGN KEY (parent_id) REFERENCES comments (id) ON DELETE CASCADE
);
