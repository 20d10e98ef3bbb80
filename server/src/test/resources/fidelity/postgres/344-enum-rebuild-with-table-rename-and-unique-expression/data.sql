INSERT INTO acct VALUES (1, 'admin', '{admin,user}'), (2, 'user', NULL);
