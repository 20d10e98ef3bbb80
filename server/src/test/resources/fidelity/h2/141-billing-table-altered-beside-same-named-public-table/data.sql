INSERT INTO items VALUES (1, 'public one');
INSERT INTO billing.items VALUES (1, 'billing one', 9.50), (2, 'billing two', 3.00);
