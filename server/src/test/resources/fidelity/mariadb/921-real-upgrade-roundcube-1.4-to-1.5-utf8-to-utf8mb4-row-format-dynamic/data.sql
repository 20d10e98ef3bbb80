INSERT INTO `users` (`user_id`, `username`, `mail_host`, `language`) VALUES (1, 'zoë@example.org', 'imap.example.org', 'de_DE');
INSERT INTO `contacts` (`user_id`, `name`, `email`, `words`, `vcard`) VALUES (1, 'Zoë Müller', 'zoe@example.org', 'zoë müller', 'BEGIN:VCARD');
INSERT INTO `cache` (`user_id`, `cache_key`, `data`) VALUES (1, 'IMAP.mailboxes', 'a:0:{}');
