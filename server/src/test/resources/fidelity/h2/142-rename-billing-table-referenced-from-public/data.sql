INSERT INTO billing.accounts VALUES (7, 'ann');
INSERT INTO orders VALUES (1, 7);
