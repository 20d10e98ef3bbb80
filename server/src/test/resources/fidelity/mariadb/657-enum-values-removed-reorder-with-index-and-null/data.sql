INSERT INTO tix VALUES (1, 'high'), (2, NULL), (3, 'urgent');
