INSERT INTO domains (name, type, notified_serial, account) VALUES ('example.org', 'MASTER', 2015010101, 'zoë');
INSERT INTO records (domain_id, name, type, content, ttl, change_date, ordername, auth) VALUES (1, 'example.org', 'SOA', 'ns1.example.org. hostmaster.example.org. 2015010101 10800 3600 604800 3600', 3600, 1420070400, '', 1), (1, 'www.example.org', 'A', '192.0.2.10', 3600, 1420070400, 'www', 1);
INSERT INTO comments (domain_id, name, type, modified_at, account, comment) VALUES (1, 'www.example.org', 'A', 1420070400, 'zoë', 'Webserver für Zoë');
INSERT INTO cryptokeys (domain_id, flags, active, content) VALUES (1, 257, 1, 'Private-key-format: v1.2');
