INSERT INTO users (email, created_at, updated_at) VALUES ('a@x.io', now(), now());
INSERT INTO comments (body, user_id, commentable_type, commentable_id, created_at, updated_at) VALUES ('hi', 1, 'Post', 7, now(), now());
