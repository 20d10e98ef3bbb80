INSERT INTO acct VALUES (1, 'a@b', 2)
