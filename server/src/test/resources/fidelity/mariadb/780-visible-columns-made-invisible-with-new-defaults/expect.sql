SELECT COUNT(*) = 1 FROM pets WHERE owner_id = 2 AND rev = 3
