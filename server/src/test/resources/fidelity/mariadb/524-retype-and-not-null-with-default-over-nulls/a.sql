CREATE TABLE cart_items (
  id int NOT NULL AUTO_INCREMENT,
  qty smallint DEFAULT NULL,
  kind enum('std','gift') DEFAULT NULL,
  seen_at timestamp NULL DEFAULT NULL,
  flag bit(1) DEFAULT NULL,
  price decimal(8,2) DEFAULT 1.50,
  PRIMARY KEY (id)
);
