INSERT INTO users (username, mail_host, created) VALUES ('ann', 'localhost', '2013-01-02 03:04:05+00'), ('bob', 'localhost', '2013-01-03 03:04:05+00');
INSERT INTO identities (user_id, changed, email, name) VALUES (1, '2013-01-02 03:04:05+00', 'ann@example.org', 'Ann');
