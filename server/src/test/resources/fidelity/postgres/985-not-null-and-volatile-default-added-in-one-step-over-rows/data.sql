INSERT INTO ev VALUES (1, NULL), (2, 'x'), (3, NULL);
