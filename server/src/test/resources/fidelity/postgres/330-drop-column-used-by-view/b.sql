CREATE TABLE acct (id integer PRIMARY KEY, name text);
CREATE VIEW acct_v AS SELECT id, name FROM acct;
