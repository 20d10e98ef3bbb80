SELECT COUNT(*) = 2 FROM tickets WHERE id >= 100
