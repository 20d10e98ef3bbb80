SELECT (SELECT count(*) FROM accounts WHERE name = 'Ann' AND id = 1) = 1 AND (SELECT sum(total) FROM orders WHERE account_id IN (1, 2)) = 30 AND (SELECT last_value FROM accounts_id_seq) = 2
