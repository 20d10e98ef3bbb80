INSERT INTO users (email, created_at, updated_at) VALUES ('a@b', now(), now());
