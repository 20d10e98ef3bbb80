SELECT COUNT(*) = 1 FROM articles WHERE title = 'Hello wörld' AND body = 'çà'
