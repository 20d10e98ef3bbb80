INSERT INTO invoice_lines (id, qty, unit_price) VALUES (1, 2, 5.00);
