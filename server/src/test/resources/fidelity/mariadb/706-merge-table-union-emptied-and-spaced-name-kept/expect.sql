SELECT COUNT(*) = 1 FROM `old log`
