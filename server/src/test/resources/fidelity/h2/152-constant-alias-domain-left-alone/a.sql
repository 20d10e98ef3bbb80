CREATE DOMAIN email AS VARCHAR(100) DEFAULT 'nobody@example.org' CHECK (POSITION('@', VALUE) > 1);
CREATE CONSTANT max_qty VALUE 100;
CREATE ALIAS bigger FOR 'java.lang.Math.max(int, int)';
CREATE TABLE orders (id INT NOT NULL PRIMARY KEY, qty INT CHECK (qty <= 1000));
CREATE VIEW big_orders AS SELECT id, qty FROM orders WHERE qty > 10;
