SELECT body = 'hello' FROM docs
