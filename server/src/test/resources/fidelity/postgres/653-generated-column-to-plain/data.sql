INSERT INTO line_items (id, qty, unit_price) VALUES (1, 2, 3.50), (2, 1, 10);
