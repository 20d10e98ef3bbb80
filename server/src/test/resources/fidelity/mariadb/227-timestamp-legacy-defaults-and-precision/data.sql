INSERT INTO sessions (id, started, ended) VALUES (1, '2024-05-05 10:00:00.125', '2024-05-05 11:00:00.5');
