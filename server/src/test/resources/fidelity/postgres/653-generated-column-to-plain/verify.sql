SELECT count(*) = 2 AND sum(total) = 17 FROM line_items
