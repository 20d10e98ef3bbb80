INSERT INTO members VALUES (1, 'a@x', 'a');
