INSERT INTO user_role VALUES (1, 2, NULL), (2, 2, '2024-01-01');
