INSERT INTO order_lines (id, qty, price) VALUES (1, 3, 9.99), (2, 1, 100.00);
