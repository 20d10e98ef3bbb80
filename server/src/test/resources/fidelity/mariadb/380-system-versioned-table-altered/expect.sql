SELECT count(*) = 2 FROM prices FOR SYSTEM_TIME ALL WHERE id = 1
SELECT amount = 10.99 AND currency = 'EUR' FROM prices WHERE id = 1
