INSERT INTO orders (id, shipped, created) VALUES (1, '2024-01-02', '2024-01-01 10:00:00'), (2, DEFAULT, DEFAULT);
