SELECT COUNT(*) = 1 FROM places WHERE MATCH (name, about) AGAINST ('market') AND MATCH (tags) AGAINST ('fish')
