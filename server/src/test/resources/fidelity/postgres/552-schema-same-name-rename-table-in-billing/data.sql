INSERT INTO items (qty) VALUES (10); INSERT INTO billing.items (qty) VALUES (20);
