INSERT INTO users (email, username, deleted_at) VALUES ('a@x.io', 'ann', NULL), ('a@x.io', 'Ann', '2024-01-01 10:00'), ('b@x.io', 'bob', NULL);
