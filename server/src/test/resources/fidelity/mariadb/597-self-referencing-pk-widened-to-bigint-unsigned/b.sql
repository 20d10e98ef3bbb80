CREATE TABLE categories (
  id bigint unsigned NOT NULL AUTO_INCREMENT,
  parent_id bigint unsigned DEFAULT NULL,
  name varchar(50) NOT NULL,
  PRIMARY KEY (id),
  KEY fk_cat_parent (parent_id),
  CONSTRAINT fk_cat_parent FOREIGN KEY (parent_id) REFERENCES categories (id) ON DELETE SET NULL
);
CREATE TABLE products (
  id int NOT NULL AUTO_INCREMENT,
  category_id bigint unsigned NOT NULL,
  PRIMARY KEY (id),
  KEY fk_prod_cat (category_id),
  CONSTRAINT fk_prod_cat FOREIGN KEY (category_id) REFERENCES categories (id)
);
