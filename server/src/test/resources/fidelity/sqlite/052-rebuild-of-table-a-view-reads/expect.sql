SELECT COUNT(*) = 1 FROM adults
