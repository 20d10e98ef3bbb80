INSERT INTO products VALUES (1, 'a'), (2, 'b');
UPDATE products SET name = 'A' WHERE id = 1;
INSERT INTO order_items VALUES (1, 1);
