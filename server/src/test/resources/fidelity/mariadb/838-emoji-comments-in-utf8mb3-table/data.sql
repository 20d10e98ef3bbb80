INSERT INTO reactions VALUES (1, 'like');
