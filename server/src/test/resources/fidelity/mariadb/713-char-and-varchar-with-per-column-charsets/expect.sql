SELECT code = 'ABC' FROM codes WHERE id = 1
