SELECT (SELECT count(*) FROM customer) = 2 AND (SELECT name FROM customer WHERE id = 51) = 'globex' AND (SELECT last_value FROM customer_seq) = 51
