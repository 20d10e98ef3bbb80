INSERT INTO acct (v) VALUES ('x');
