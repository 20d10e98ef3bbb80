INSERT INTO docs VALUES (1, '{"id": 1, "a": [1, 2]}');
