SELECT COUNT(*) = 1 FROM posts WHERE author_id = 1
