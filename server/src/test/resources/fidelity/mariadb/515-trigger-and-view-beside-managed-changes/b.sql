CREATE TABLE stock (
  id int NOT NULL AUTO_INCREMENT,
  item varchar(80) NOT NULL,
  qty int NOT NULL DEFAULT 0,
  warehouse varchar(10) NOT NULL DEFAULT 'main',
  PRIMARY KEY (id),
  KEY idx_stock_item (item)
);
CREATE TABLE stock_log (id int NOT NULL AUTO_INCREMENT PRIMARY KEY, stock_id int NOT NULL, delta int NOT NULL, logged_at timestamp NOT NULL DEFAULT current_timestamp());
CREATE TRIGGER stock_au AFTER UPDATE ON stock FOR EACH ROW INSERT INTO stock_log (stock_id, delta) VALUES (NEW.id, NEW.qty - OLD.qty);
CREATE VIEW low_stock AS SELECT id, item, qty FROM stock WHERE qty < 5;
