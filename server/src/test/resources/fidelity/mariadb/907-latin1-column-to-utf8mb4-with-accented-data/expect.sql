SELECT COUNT(*) = 1 FROM people WHERE name = 'José Núñez' AND city = 'Málaga'
