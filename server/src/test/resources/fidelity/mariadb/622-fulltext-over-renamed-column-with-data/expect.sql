SELECT COUNT(*) = 1 FROM docs WHERE MATCH (title, content) AGAINST ('migrate')
