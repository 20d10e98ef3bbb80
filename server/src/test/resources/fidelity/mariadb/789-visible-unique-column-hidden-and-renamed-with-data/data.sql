INSERT INTO tokens VALUES (1, 'aaaa', '2024-01-01 00:00:00'), (2, 'bbbb', '2024-01-02 00:00:00');
