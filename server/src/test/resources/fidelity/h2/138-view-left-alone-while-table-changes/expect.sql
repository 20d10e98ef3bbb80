SELECT COUNT(*) = 1 FROM item_names
