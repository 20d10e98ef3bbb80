INSERT INTO items VALUES (1, 'abc');
