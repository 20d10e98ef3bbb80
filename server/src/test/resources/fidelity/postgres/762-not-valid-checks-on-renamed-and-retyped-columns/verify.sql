SELECT count(*) = 2 AND count(*) FILTER (WHERE amount = 5 AND currency = 'eur') = 1 FROM payments
