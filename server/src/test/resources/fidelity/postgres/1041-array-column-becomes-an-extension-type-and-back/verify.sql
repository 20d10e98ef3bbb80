SELECT (SELECT tags = 'a' FROM shapes WHERE id = 1) AND (SELECT dims IS NULL AND tags IS NULL FROM shapes WHERE id = 2)
