SELECT code = 'abc' FROM k
