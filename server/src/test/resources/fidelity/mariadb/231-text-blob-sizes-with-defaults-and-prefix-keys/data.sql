INSERT INTO pages VALUES (1, 'home', 'hello', 0x0102);
