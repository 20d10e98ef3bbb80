CREATE TABLE cats (
  id int NOT NULL,
  PRIMARY KEY (id)
);
CREATE TABLE items (
  id int NOT NULL,
  category_id int DEFAULT NULL,
  PRIMARY KEY (id),
  KEY fk_items_cat (category_id),
  CONSTRAINT fk_items_cat FOREIGN KEY (category_id) REFERENCES cats (id) ON DELETE SET NULL ON UPDATE CASCADE
);
