INSERT INTO tags VALUES (1, ' Rock  Music '), (2, 'jazz');
