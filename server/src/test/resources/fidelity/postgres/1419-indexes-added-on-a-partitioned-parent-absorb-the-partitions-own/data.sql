INSERT INTO job VALUES (1, 'mail', 0, '2024-01-01 00:00:00+00'), (2, 'sms', 1, NULL);
