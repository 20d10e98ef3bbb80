INSERT INTO files (id, dir, name) VALUES (1, 'C:', 'a.txt');
