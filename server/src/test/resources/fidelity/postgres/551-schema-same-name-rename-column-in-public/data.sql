INSERT INTO items VALUES (1, 10); INSERT INTO billing.items VALUES (1, 20);
