INSERT INTO items VALUES (1, 'old', 'a,b'), (2, 'new', NULL);
