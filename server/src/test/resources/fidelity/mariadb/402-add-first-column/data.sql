INSERT INTO events (seq, payload) VALUES (1, 'a'), (2, 'b');
