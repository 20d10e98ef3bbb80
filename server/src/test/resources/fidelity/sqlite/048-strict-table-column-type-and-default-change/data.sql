INSERT INTO m (v, note) VALUES (3, 'x');
