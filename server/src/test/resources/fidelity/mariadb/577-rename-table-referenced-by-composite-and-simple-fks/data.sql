INSERT INTO users (email) VALUES ('a@x');
INSERT INTO user_roles VALUES (1, 'admin');
INSERT INTO grants (user_id, role) VALUES (1, 'admin');
