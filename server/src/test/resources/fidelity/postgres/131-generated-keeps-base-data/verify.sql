SELECT total = 7 FROM line
