INSERT INTO items (price_cents, qty) VALUES (250, 2), (100, 3);
