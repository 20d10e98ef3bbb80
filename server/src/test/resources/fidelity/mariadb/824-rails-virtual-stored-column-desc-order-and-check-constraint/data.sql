INSERT INTO users (first_name, last_name, created_at, updated_at) VALUES ('Ada', 'Lovelace', '2024-01-01', '2024-01-01');
