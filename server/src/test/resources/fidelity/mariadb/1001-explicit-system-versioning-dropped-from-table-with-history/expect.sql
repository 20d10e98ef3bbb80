SELECT amount = 1.50 FROM prices WHERE sku = 'a-1'
SELECT note = 'first' FROM prices WHERE sku = 'a-1'
SELECT COUNT(*) = 2 FROM prices
