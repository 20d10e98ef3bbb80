INSERT INTO `users` (`username`, `mail_host`, `created`, `language`) VALUES ('ana@example.org', 'imap.example.org', '2024-01-02 03:04:05', 'pt_BR');
INSERT INTO `session` (`sess_id`, `changed`, `ip`, `vars`) VALUES ('s1', '2025-09-01 10:00:00', '192.0.2.1', 'a:0:{}'), ('s2', '2025-09-02 11:00:00', '192.0.2.2', 'a:0:{}');
