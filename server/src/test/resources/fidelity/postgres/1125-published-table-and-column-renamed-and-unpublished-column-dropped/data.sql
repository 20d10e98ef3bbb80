INSERT INTO events VALUES (1, 3, 'b', 'x');
