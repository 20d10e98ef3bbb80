CREATE TABLE acct (id integer PRIMARY KEY, name text, legacy text);
CREATE VIEW acct_v AS SELECT id, name, legacy FROM acct;
