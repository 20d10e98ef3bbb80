CREATE TABLE invoices (id int NOT NULL AUTO_INCREMENT, amount decimal(10,2) NOT NULL, PRIMARY KEY (id));
CREATE TRIGGER invoice_bi BEFORE INSERT ON invoices FOR EACH ROW SET NEW.amount = ROUND(NEW.amount, 1);
