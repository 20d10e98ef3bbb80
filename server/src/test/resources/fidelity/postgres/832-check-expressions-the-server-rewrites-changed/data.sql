INSERT INTO rules VALUES (1, 2, NULL, 'ab', 'x', 1);
