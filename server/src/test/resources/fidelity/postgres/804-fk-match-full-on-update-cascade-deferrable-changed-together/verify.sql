SELECT (SELECT store_id FROM staff WHERE id = 10) = 1
