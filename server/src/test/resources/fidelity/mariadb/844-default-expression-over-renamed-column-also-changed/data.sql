INSERT INTO cart_lines (id, price, qty) VALUES (1, 10.00, 2);
