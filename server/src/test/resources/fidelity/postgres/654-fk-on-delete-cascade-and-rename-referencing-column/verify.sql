SELECT count(*) = 2 AND sum(author_id) = 3 FROM posts
