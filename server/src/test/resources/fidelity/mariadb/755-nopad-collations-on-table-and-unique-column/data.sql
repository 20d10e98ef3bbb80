INSERT INTO codes VALUES (1, 'A1', 'first'), (2, 'a2', NULL);
