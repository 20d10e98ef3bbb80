INSERT INTO acct VALUES (1, 'A@x', 2);
