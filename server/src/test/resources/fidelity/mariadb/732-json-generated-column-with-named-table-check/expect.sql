SELECT kind = 'a' FROM ev WHERE id = 1
