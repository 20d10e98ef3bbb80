INSERT INTO items VALUES (1); INSERT INTO billing.items VALUES (5, 1);
