CREATE TABLE tree_node (
  id int NOT NULL,
  parent_id int DEFAULT NULL,
  depth tinyint unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  KEY fk_node_up (parent_id),
  CONSTRAINT fk_node_up FOREIGN KEY (parent_id) REFERENCES tree_node (id) ON DELETE CASCADE ON UPDATE CASCADE
);
