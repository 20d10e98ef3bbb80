INSERT INTO links VALUES (1, 'https://a'), (2, 'https://b');
