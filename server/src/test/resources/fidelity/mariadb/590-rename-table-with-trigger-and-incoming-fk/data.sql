INSERT INTO carts (total) VALUES (0);
INSERT INTO cart_items (cart_id, price) VALUES (1, 2.50);
