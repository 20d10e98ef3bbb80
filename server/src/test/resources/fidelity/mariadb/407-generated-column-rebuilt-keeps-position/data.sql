INSERT INTO order_lines (id, price, qty, note) VALUES (1, 2.50, 4, 'x'), (2, 1.00, 1, NULL);
