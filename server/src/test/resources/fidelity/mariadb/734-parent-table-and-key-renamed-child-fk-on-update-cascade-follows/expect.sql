SELECT writer_id = 7 FROM book WHERE id = 1
