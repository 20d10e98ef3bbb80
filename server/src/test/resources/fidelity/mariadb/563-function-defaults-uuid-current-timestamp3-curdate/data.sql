INSERT INTO api_tokens (token) VALUES ('a'), ('b');
