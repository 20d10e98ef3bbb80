INSERT INTO billing.line_items (id, qty, unit_cents, pos, invoice_id) VALUES (1, 2, 150, 1, 1), (2, 1, 0, 2, 1);
