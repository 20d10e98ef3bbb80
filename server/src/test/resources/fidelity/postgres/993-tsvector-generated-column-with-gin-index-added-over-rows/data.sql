INSERT INTO doc VALUES (1, 'Hello world', 'some body'), (2, 'Other', NULL);
