SELECT COUNT(*) = 2 FROM cities ci JOIN countries co ON co.code = ci.country
