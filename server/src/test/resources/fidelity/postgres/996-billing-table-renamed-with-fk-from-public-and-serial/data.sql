INSERT INTO billing.inv (total) VALUES (1), (2); INSERT INTO payments VALUES (1, 2);
