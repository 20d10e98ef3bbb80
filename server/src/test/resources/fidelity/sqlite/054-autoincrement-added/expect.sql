SELECT MAX(id) = 2 FROM events
