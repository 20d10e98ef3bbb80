INSERT INTO domains (name, type, notified_serial) VALUES ('example.org', 'MASTER', 2019010101), ('example.net', 'SLAVE', NULL);
INSERT INTO records (domain_id, name, type, content, ttl, change_date) VALUES (1, 'www.example.org', 'A', '192.0.2.1', 3600, 1546300800);
