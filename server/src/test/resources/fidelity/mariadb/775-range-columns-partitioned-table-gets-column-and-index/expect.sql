SELECT COUNT(*) = 3 FROM logs WHERE level = 0
