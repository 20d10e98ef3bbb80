CREATE TABLE items (id INT NOT NULL PRIMARY KEY, qty INT, CONSTRAINT chk_items_qty CHECK (qty >= 0));
