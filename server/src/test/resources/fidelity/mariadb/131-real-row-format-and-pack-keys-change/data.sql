INSERT INTO wide VALUES (1, 'x');
