INSERT INTO api_keys (id) VALUES (1), (2);
