INSERT INTO cart_items (qty, kind, seen_at, flag, price) VALUES (3, 'gift', '2025-05-05 05:05:05', b'1', 2.00), (NULL, NULL, NULL, NULL, NULL);
