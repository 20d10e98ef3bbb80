INSERT INTO domains (name, type, notified_serial) VALUES ('example.org', 'MASTER', 2019010101), ('example.net', 'SLAVE', NULL);
INSERT INTO records (domain_id, name, type, content, ttl, change_date, ordername, auth) VALUES (1, 'example.org', 'SOA', 'ns1.example.org. hostmaster.example.org. 2019010101 10800 3600 604800 3600', 3600, 1546300800, '', 1);
