SELECT COUNT(DISTINCT public_id) = 2 FROM prices
