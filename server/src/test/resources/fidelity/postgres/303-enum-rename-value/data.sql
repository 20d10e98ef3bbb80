INSERT INTO paint VALUES (1, 'red'), (2, 'blue');
