SELECT SUM(active) = 1 FROM flags
