INSERT INTO users VALUES (1, 'ä@x', 'ae');
