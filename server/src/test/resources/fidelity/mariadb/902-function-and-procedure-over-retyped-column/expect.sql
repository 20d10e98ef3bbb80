SELECT price_of('A-1') = 250
