INSERT INTO badges VALUES (1, NULL, 10, 'x'), (2, 'B', NULL, 'y'), (3, 'C', 30, NULL);
