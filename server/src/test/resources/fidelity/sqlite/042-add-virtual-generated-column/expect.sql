SELECT total = 10 FROM lines
