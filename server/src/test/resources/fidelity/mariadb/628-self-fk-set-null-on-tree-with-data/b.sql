CREATE TABLE cat (
  id int NOT NULL,
  parent_id int DEFAULT NULL,
  name varchar(20) NOT NULL,
  PRIMARY KEY (id),
  KEY idx_cat_parent (parent_id),
  CONSTRAINT fk_cat_parent FOREIGN KEY (parent_id) REFERENCES cat (id) ON DELETE SET NULL ON UPDATE CASCADE
);
