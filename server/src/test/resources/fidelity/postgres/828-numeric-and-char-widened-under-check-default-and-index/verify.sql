SELECT amount = 12.34 AND code = 'USD' AND tag = 'a' FROM prices
