INSERT INTO s VALUES (1, 'a', 'k'), (2, NULL, NULL);
