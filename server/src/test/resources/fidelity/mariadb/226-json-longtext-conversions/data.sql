INSERT INTO cfg VALUES (1, '{"a": 1}', '[1, 2]');
