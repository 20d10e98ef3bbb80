SELECT quantity = 5 AND code = 'A-1' FROM product
