SELECT COUNT(*) = 1 FROM menu WHERE kind = 'thé'
