INSERT INTO lines (price, qty) VALUES (2.5, 4);
