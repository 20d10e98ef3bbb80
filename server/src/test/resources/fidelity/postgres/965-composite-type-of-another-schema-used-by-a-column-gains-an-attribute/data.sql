INSERT INTO orders VALUES (1, ROW(9.99, 'USD'));
INSERT INTO billing.ledger VALUES (1, ARRAY[ROW(1.00, 'USD')::billing."Money"]);
