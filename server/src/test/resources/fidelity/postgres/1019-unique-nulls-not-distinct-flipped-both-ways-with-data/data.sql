INSERT INTO u VALUES (1, NULL, NULL, 'x'), (2, 'a', 'b', NULL);
