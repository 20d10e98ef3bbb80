CREATE TABLE parent (
  id int NOT NULL,
  PRIMARY KEY (id)
);
CREATE TABLE child (
  id int NOT NULL,
  parent_id int DEFAULT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_child_parent FOREIGN KEY (parent_id) REFERENCES parent (id)
);
