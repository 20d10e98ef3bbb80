SELECT COUNT(*) = 2 FROM log_lines WHERE id IN (1, 2)
