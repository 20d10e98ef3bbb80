CREATE TABLE parent (
  id bigint unsigned NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (id)
);
CREATE TABLE child (
  id int NOT NULL,
  parent_id bigint unsigned DEFAULT NULL,
  PRIMARY KEY (id),
  KEY fk_child_parent (parent_id),
  CONSTRAINT fk_child_parent FOREIGN KEY (parent_id) REFERENCES parent (id) ON DELETE SET NULL ON UPDATE CASCADE
);
