INSERT INTO tags (id, label) VALUES (7, 'seven');
