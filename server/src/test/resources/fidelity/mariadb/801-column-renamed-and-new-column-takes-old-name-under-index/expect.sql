SELECT COUNT(*) = 2 FROM people WHERE full_name LIKE 'A%' AND name IS NULL
