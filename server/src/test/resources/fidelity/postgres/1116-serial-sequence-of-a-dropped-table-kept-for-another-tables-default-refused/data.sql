INSERT INTO legacy_orders (total) VALUES (1), (2);
INSERT INTO orders (total) VALUES (3);
