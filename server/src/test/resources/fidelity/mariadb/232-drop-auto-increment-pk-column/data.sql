INSERT INTO visits (page, at) VALUES ('/a', '2024-01-01 00:00:00'), ('/b', '2024-01-02 00:00:00');
