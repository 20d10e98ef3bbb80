INSERT INTO person VALUES (1, 'happy');
