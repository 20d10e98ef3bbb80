SELECT COUNT(*) = 2 FROM prices FOR SYSTEM_TIME ALL WHERE id = 1
SELECT COUNT(*) = 1 FROM prices WHERE amount = 2.75 AND currency = 'EUR'
