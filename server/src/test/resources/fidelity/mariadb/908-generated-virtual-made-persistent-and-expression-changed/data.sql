INSERT INTO order_lines (id, qty, unit_cents) VALUES (1, 3, 250), (2, 1, 999);
