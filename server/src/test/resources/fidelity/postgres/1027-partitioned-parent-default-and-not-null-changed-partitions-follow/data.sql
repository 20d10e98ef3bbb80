INSERT INTO jobs VALUES (1, 'mail', 'done', 1), (2, 'sms', DEFAULT, 0);
