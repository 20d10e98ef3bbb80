INSERT INTO stock VALUES (1, 'a', 5), (1, 'b', 6);
