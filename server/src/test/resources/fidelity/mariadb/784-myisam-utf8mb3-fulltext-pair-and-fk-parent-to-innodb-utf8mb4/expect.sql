SELECT COUNT(*) = 1 FROM posts p JOIN forums f ON f.slug = p.forum WHERE MATCH (subject, message) AGAINST ('board')
