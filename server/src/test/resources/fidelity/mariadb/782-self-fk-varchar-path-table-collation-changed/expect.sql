SELECT COUNT(*) = 2 FROM folders c JOIN folders p ON p.path = c.parent
