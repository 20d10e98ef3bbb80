SELECT meta = 'none' FROM notes WHERE id = 1
