SELECT w = 'a' AND x = 'b' AND y = 'c' FROM words
