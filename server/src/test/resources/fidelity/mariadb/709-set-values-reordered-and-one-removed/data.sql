INSERT INTO items VALUES (1, 'x,z'), (2, '');
