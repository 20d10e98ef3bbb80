SELECT total = 12 FROM lines
