CREATE TABLE baskets (
  id int NOT NULL AUTO_INCREMENT,
  total decimal(10,2) NOT NULL DEFAULT 0.00,
  currency char(3) NOT NULL DEFAULT 'EUR',
  PRIMARY KEY (id)
);
CREATE TABLE cart_items (
  id int NOT NULL AUTO_INCREMENT,
  cart_id int NOT NULL,
  price decimal(10,2) NOT NULL,
  PRIMARY KEY (id),
  KEY fk_items_cart (cart_id),
  CONSTRAINT fk_items_cart FOREIGN KEY (cart_id) REFERENCES baskets (id) ON DELETE CASCADE
);
CREATE TRIGGER cart_items_ai AFTER INSERT ON cart_items FOR EACH ROW UPDATE baskets SET total = total + NEW.price WHERE id = NEW.cart_id;
