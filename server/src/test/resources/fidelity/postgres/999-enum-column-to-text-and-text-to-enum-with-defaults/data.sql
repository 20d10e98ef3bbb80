INSERT INTO p VALUES (1, 'sad', 'ok'), (2, DEFAULT, 'happy');
