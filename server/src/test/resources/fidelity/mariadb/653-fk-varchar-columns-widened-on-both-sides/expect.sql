SELECT code = 'x' FROM child
