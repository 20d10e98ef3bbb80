INSERT INTO snippets VALUES (1, 'x');
