SELECT count(*) = 1 FROM doc WHERE search @@ to_tsquery('english', 'world')
