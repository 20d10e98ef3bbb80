INSERT INTO tickets VALUES (1, 'closed', 'ABC'), (2, DEFAULT, 'X1');
