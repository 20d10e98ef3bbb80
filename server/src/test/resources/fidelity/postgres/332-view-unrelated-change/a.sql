CREATE TABLE acct (id integer PRIMARY KEY, name text);
CREATE VIEW acct_names AS SELECT name FROM acct;
