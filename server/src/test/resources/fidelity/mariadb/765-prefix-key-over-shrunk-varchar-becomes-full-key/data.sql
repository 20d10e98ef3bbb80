INSERT INTO users VALUES (1, 'ann', 'hi'), (2, 'bob', NULL);
