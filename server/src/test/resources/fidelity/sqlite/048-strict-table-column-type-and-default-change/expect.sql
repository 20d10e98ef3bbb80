SELECT v = 3 AND note = 'x' FROM m
