INSERT INTO artists VALUES (1, 'Björk'), (2, 'Track 10');
