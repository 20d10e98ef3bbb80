INSERT INTO prefs VALUES (1, 'green', 'push'), (2, DEFAULT, DEFAULT), (3, 'blue', '');
