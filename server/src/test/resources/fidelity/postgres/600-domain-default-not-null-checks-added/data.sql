INSERT INTO users VALUES (1, 'a@b'), (2, 'c@d');
