CREATE TABLE acct (id integer PRIMARY KEY, balance integer);
CREATE VIEW rich AS SELECT id FROM acct WHERE balance > 1000;
