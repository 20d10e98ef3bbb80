SELECT COUNT(*) = 1 FROM notes WHERE body = 'a'
