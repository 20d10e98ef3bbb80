SELECT starts = DATE '2020-01-01' FROM plans WHERE id = 1
