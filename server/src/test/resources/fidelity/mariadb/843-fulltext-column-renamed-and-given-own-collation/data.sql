INSERT INTO posts VALUES (1, 'Hello world', 'fulltext search');
