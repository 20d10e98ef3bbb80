INSERT INTO hits (n, at, code) VALUES (3000000000, '2024-01-02 03:04:05', 'a');
