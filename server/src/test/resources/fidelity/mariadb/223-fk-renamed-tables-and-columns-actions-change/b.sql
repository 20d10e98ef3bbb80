CREATE TABLE categories (
  id int unsigned NOT NULL AUTO_INCREMENT,
  parent_id int unsigned DEFAULT NULL,
  title varchar(80) NOT NULL,
  PRIMARY KEY (id),
  KEY fk_cat_parent (parent_id),
  CONSTRAINT fk_cat_parent FOREIGN KEY (parent_id) REFERENCES categories (id) ON DELETE SET NULL ON UPDATE CASCADE
);
CREATE TABLE items (
  id int NOT NULL,
  category_id int unsigned NOT NULL,
  PRIMARY KEY (id),
  KEY fk_item_cat (category_id),
  CONSTRAINT fk_item_cat FOREIGN KEY (category_id) REFERENCES categories (id) ON DELETE CASCADE
);
