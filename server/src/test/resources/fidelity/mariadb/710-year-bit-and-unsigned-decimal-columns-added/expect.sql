SELECT COUNT(*) = 2 FROM cars WHERE flags = 5
