INSERT INTO users (username, mail_host, created, language) VALUES ('ann', 'localhost', '2024-01-02 03:04:05+00', 'en_US');
INSERT INTO "session" (sess_id, changed, ip, vars) VALUES ('s1', '2025-01-01 10:00:00+00', '127.0.0.1', 'a'), ('s2', '2025-02-01 11:00:00+00', '::1', 'b');
