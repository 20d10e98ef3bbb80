SELECT parent_id = 4294967295 FROM child
