INSERT INTO flags VALUES (1, b'1'), (2, b'0');
