INSERT INTO tracks (id, name) VALUES (1, 'Jump');
