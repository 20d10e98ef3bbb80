INSERT INTO products (sku) VALUES ('A-1'), ('B-2');
INSERT INTO order_lines (product_id, qty) VALUES (10, 2), (11, 1), (10, 5);
INSERT INTO product_tags VALUES (10, 'red'), (11, 'blue');
