INSERT INTO balances VALUES (1, 10.00);
UPDATE balances SET amt = 12.50 WHERE id = 1;
