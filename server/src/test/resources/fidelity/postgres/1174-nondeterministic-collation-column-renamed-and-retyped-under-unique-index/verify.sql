SELECT count(*) = 1 FROM tags WHERE label = 'RUST'
