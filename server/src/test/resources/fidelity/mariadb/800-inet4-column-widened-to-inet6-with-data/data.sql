INSERT INTO login_audit (client_ip, proxy_ip) VALUES ('10.0.0.1', '192.168.1.1'), ('203.0.113.7', NULL);
