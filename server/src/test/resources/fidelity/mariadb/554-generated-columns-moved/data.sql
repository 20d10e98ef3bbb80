INSERT INTO order_lines (id, net, qty) VALUES (1, 10.00, 2), (2, 2.50, 1);
