INSERT INTO users (email, active, created_at, updated_at) VALUES ('A@x', true, now(), now()), ('b@x', false, now(), now());
