INSERT INTO items VALUES (1, 'short');
