SELECT COUNT(*) = 1 FROM people WHERE born = '1990-01-01'
