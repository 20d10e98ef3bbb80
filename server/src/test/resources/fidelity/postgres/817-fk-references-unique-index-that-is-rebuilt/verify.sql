SELECT qty = 3 FROM stock WHERE sku = 'A1'
