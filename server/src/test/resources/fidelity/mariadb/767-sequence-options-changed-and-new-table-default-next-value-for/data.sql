INSERT INTO tickets (subject) VALUES ('first'), ('second');
