INSERT INTO tickets (seq, title) VALUES (100, 'first'), (200, 'second');
