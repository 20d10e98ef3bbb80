INSERT INTO orders VALUES (1, 1, 'new', '2024-01-01'), (2, 1, 'new', '2024-01-02');
