SELECT COUNT(*) = 3 AND MAX(id) = 3 FROM events
