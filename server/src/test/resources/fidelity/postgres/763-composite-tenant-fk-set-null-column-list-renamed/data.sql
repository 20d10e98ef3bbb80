INSERT INTO members VALUES (1, 1, 'a'), (1, 2, 'b'), (2, 1, 'c');
INSERT INTO tickets VALUES (1, 10, 1, 2), (2, 10, 1, NULL);
