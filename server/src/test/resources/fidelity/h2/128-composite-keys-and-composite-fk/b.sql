CREATE TABLE orders (shop INT NOT NULL, num INT NOT NULL, PRIMARY KEY (shop, num));
CREATE TABLE order_lines (shop INT NOT NULL, num INT NOT NULL, line INT NOT NULL, qty INT DEFAULT 1 NOT NULL, PRIMARY KEY (shop, num, line), CONSTRAINT fk_lines_order FOREIGN KEY (shop, num) REFERENCES orders (shop, num) ON DELETE CASCADE);
