INSERT INTO tokens (id, secret, label) VALUES (1, 'aaaa', 'one'), (2, 'bbbb', 'two');
