CREATE TABLE cart_items (
  id int NOT NULL AUTO_INCREMENT,
  qty int NOT NULL DEFAULT 1,
  kind enum('std','gift','promo') NOT NULL DEFAULT 'std',
  seen_at timestamp NOT NULL DEFAULT current_timestamp(),
  flag bit(1) NOT NULL DEFAULT b'0',
  price decimal(8,2) NOT NULL DEFAULT 1.50,
  PRIMARY KEY (id)
);
