INSERT INTO docs VALUES (1, 'a', 'T', '{"key": "k"}', 1, now());
