-- MariaDB moves a table's triggers with RENAME TABLE; the body names only NEW columns, so the trigger keeps working
CREATE TABLE invoice (id int NOT NULL AUTO_INCREMENT, amount decimal(10,2) NOT NULL, PRIMARY KEY (id));
CREATE TRIGGER invoice_bi BEFORE INSERT ON invoice FOR EACH ROW SET NEW.amount = ROUND(NEW.amount, 1);
