SELECT title = 'Hello' AND search @@ to_tsquery('simple', 'hello') FROM posts
