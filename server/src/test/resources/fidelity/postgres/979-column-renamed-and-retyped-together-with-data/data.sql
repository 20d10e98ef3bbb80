INSERT INTO items VALUES (1, 5, 'pen', 1.50), (2, 7, 'ink', 2.25);
