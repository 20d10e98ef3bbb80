CREATE TABLE stock (id int NOT NULL AUTO_INCREMENT, quantity int NOT NULL, PRIMARY KEY (id));
CREATE TABLE stock_log (id int NOT NULL AUTO_INCREMENT, note varchar(100) NOT NULL, PRIMARY KEY (id));
CREATE TRIGGER stock_bi BEFORE INSERT ON stock FOR EACH ROW SET NEW.quantity = GREATEST(NEW.quantity, 0);
CREATE TRIGGER stock_ai AFTER INSERT ON stock FOR EACH ROW INSERT INTO stock_log (note) VALUES (CONCAT('qty ', NEW.quantity));
