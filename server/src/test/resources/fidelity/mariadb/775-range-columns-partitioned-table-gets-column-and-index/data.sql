INSERT INTO logs (id, logged, msg) VALUES (1, '2023-06-01', 'old'), (2, '2024-06-01', 'new'), (3, '2030-01-01', 'future');
