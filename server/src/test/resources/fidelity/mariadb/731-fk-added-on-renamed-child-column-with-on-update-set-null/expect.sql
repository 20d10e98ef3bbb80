SELECT category_id = 1 FROM items WHERE id = 1
