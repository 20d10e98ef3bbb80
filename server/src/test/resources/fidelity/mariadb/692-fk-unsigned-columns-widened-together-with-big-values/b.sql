CREATE TABLE parent (
  id bigint unsigned NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (id)
);
CREATE TABLE child (
  id int unsigned NOT NULL AUTO_INCREMENT,
  parent_id bigint unsigned NOT NULL,
  PRIMARY KEY (id),
  KEY fk_child_parent (parent_id),
  CONSTRAINT fk_child_parent FOREIGN KEY (parent_id) REFERENCES parent (id) ON DELETE CASCADE
);
