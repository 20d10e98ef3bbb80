INSERT INTO `users` (`user_id`, `username`, `mail_host`) VALUES (1, 'ana@example.org', 'imap.example.org');
INSERT INTO `filestore` (`user_id`, `filename`, `mtime`, `data`) VALUES (1, 'pubring.kbx', 1545523200, 'x'), (1, 'trustdb.gpg', 1545523200, 'y');
INSERT INTO `cache` (`user_id`, `cache_key`, `data`) VALUES (1, 'IMAP.mailboxes', 'a:0:{}');
INSERT INTO `cache_shared` (`cache_key`, `data`) VALUES ('ldap.abook', 'a:0:{}');
