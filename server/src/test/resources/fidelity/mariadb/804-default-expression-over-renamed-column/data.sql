INSERT INTO invoice_lines (id, price, qty) VALUES (1, 2.50, 4);
