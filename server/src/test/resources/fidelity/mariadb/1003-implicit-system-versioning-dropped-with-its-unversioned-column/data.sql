INSERT INTO orders VALUES (1, 'new', NULL, 5.00), (2, 'paid', '2026-01-02 03:04:05', 7.25);
UPDATE orders SET status = 'shipped' WHERE id = 2;
