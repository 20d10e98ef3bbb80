CREATE TABLE parent (
  id int NOT NULL,
  PRIMARY KEY (id)
);
CREATE TABLE child (
  id int NOT NULL,
  parent_id int DEFAULT NULL,
  PRIMARY KEY (id),
  KEY fk_child_parent (parent_id)
);
