INSERT INTO domains (name, type, notified_serial) VALUES ('example.org', 'MASTER', 4000000000), ('example.net', 'SLAVE', NULL);
INSERT INTO records (domain_id, name, type, content, ttl, ordername, auth) VALUES (1, 'example.org', 'SOA', 'ns1.example.org. hostmaster.example.org. 2021010101 10800 3600 604800 3600', 3600, '', 1);
