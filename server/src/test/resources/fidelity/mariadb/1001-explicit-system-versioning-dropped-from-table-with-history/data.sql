INSERT INTO prices (sku, amount, note) VALUES ('a-1', 1.00, 'first'), ('b-2', 2.00, NULL);
UPDATE prices SET amount = 1.50 WHERE sku = 'a-1';
