SELECT gross = 12.7 AND label = 'P1' FROM prices WHERE id = 1
