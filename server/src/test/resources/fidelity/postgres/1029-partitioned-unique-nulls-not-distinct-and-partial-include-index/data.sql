INSERT INTO ledger VALUES (1, 1, NULL, 5), (2, 1, 'x', 7);
