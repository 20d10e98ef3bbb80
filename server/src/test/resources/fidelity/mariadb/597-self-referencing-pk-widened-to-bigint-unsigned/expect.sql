SELECT COUNT(*) = 1 FROM categories WHERE parent_id = 1
