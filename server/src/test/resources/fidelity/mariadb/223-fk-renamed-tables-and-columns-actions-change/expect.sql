SELECT COUNT(*) = 1 FROM items i JOIN categories c ON c.id = i.category_id WHERE c.parent_id = 1
