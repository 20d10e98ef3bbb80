INSERT INTO sess (id, token) VALUES (1, 'abc');
