INSERT INTO lines (id, qty, price) VALUES (1, 2, 10.00);
