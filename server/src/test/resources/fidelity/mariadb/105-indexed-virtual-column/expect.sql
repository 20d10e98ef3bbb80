SELECT total = 10 FROM p
