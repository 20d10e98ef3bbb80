INSERT INTO codes VALUES (1, 'ABC', 'Muller');
