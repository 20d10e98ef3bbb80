SELECT COUNT(*) = 1 FROM posts WHERE MATCH(headline, content) AGAINST ('fulltext')
