SELECT p_id = 1 FROM child WHERE id = 5
