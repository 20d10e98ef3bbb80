INSERT INTO tickets (title) VALUES ('first'), ('second');
