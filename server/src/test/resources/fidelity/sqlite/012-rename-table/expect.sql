SELECT COUNT(*) = 2 FROM members
