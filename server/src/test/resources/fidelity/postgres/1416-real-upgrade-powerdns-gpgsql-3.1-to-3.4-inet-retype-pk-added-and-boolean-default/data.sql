INSERT INTO domains (name, type) VALUES ('example.org', 'NATIVE');
INSERT INTO records (domain_id, name, type, content, ttl, ordername, auth) VALUES (1, 'www.example.org', 'A', '192.0.2.1', 3600, 'www', true);
INSERT INTO supermasters (ip, nameserver, account) VALUES ('192.0.2.53', 'ns1.example.org', 'admin');
