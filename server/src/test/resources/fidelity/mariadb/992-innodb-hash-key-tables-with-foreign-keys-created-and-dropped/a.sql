CREATE TABLE parents (
  id int NOT NULL,
  PRIMARY KEY (id)
);
CREATE TABLE old_children (
  id int NOT NULL,
  parent_id int DEFAULT NULL,
  code int NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_old_children_code (code) USING HASH,
  CONSTRAINT fk_old_children_parent FOREIGN KEY (parent_id) REFERENCES parents (id)
);
