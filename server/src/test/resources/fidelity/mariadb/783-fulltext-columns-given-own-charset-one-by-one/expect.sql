SELECT COUNT(*) = 1 FROM docs WHERE MATCH (title, body) AGAINST ('package')
