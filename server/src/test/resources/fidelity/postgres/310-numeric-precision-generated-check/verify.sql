SELECT total = 10 FROM line
