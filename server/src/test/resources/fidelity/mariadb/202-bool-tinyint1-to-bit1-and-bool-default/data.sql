INSERT INTO prefs VALUES (1, 1, 1), (2, 0, 0);
