INSERT INTO reviews VALUES (1, 4, 'fine');
