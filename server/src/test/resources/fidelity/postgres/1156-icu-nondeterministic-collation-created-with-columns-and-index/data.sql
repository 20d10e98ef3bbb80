INSERT INTO users VALUES (1, 'A@x.org', 'Ann'), (2, 'b@x.org', 'bob');
