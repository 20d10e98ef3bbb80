SELECT COUNT(*) = 1 FROM items WHERE FIND_IN_SET('x', flags) AND FIND_IN_SET('z', flags)
