SELECT COUNT(*) = 2 FROM articles
