SELECT parent_id = 3000000000 FROM child WHERE id = 1
