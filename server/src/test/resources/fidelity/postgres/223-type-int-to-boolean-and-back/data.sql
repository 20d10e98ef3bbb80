INSERT INTO flags VALUES (1, 1), (2, 0);
