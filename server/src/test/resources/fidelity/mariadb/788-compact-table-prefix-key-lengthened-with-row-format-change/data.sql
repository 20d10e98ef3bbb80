INSERT INTO urls VALUES (1, 'https://example.com/a', 'example.com');
