INSERT INTO tickets VALUES (1, 'open', 'a,c', 'low'), (2, 'closed', 'c', 'high');
