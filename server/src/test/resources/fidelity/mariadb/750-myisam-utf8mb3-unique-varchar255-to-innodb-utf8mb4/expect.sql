SELECT COUNT(*) = 2 FROM terms
SELECT COUNT(*) = 1 FROM terms WHERE name = 'Ünïcode'
