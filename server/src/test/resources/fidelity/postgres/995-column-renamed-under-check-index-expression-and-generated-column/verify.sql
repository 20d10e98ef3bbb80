SELECT area = 6 AND width = 2 FROM m
