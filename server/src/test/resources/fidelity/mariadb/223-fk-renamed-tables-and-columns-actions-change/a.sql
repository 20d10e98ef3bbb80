CREATE TABLE Category (
  id int unsigned NOT NULL AUTO_INCREMENT,
  parent int unsigned DEFAULT NULL,
  title varchar(50) NOT NULL,
  PRIMARY KEY (id),
  KEY fk_cat_parent (parent),
  CONSTRAINT fk_cat_parent FOREIGN KEY (parent) REFERENCES Category (id) ON DELETE CASCADE
);
CREATE TABLE item (
  id int NOT NULL,
  cat int unsigned NOT NULL,
  PRIMARY KEY (id),
  KEY fk_item_cat (cat),
  CONSTRAINT fk_item_cat FOREIGN KEY (cat) REFERENCES Category (id)
);
