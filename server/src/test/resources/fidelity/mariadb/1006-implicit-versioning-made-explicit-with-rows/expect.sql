SELECT rate = 1.09 FROM rates WHERE currency = 'USD'
SELECT COUNT(*) = 2 FROM rates
