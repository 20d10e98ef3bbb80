CREATE TABLE carts (
  id int NOT NULL AUTO_INCREMENT,
  total decimal(10,2) NOT NULL DEFAULT 0.00,
  PRIMARY KEY (id)
);
CREATE TABLE cart_items (
  id int NOT NULL AUTO_INCREMENT,
  cart_id int NOT NULL,
  price decimal(10,2) NOT NULL,
  PRIMARY KEY (id),
  KEY fk_items_cart (cart_id),
  CONSTRAINT fk_items_cart FOREIGN KEY (cart_id) REFERENCES carts (id) ON DELETE CASCADE
);
CREATE TRIGGER cart_items_ai AFTER INSERT ON cart_items FOR EACH ROW UPDATE carts SET total = total + NEW.price WHERE id = NEW.cart_id;
