CREATE TABLE node (
  id int NOT NULL,
  up int DEFAULT NULL,
  PRIMARY KEY (id),
  KEY fk_node_up (up),
  CONSTRAINT fk_node_up FOREIGN KEY (up) REFERENCES node (id) ON DELETE SET NULL
);
