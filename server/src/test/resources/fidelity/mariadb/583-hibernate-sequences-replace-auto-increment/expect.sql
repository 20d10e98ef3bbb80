SELECT COUNT(*) = 1 FROM book WHERE id = 1 AND published = b'1'
