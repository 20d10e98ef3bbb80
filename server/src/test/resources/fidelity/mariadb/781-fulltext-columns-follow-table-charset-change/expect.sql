SELECT COUNT(*) = 1 FROM articles WHERE MATCH (title, body) AGAINST ('searchable')
