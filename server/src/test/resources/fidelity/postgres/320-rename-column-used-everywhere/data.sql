INSERT INTO acct VALUES (1, 'a@b'); INSERT INTO login VALUES (1, 'a@b');
