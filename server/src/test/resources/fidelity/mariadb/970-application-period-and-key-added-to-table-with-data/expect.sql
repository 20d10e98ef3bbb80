SELECT COUNT(*) = 3 FROM price_list
SELECT price = 2.75 FROM price_list WHERE id = 2
