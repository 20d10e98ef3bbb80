CREATE TABLE acct (id integer PRIMARY KEY, name text, email text);
CREATE INDEX acct_email ON acct (email);
CREATE VIEW acct_names AS SELECT name FROM acct;
