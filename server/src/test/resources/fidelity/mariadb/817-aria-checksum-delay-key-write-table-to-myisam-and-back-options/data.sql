INSERT INTO hits (url, n) VALUES ('/a', 1), ('/b', 2);
