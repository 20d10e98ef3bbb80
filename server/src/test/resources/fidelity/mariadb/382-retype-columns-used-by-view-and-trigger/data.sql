INSERT INTO events (kind, title) VALUES ('b', 'first');
