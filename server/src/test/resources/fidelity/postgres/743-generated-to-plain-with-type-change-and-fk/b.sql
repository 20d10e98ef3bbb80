CREATE TABLE accounts (id integer PRIMARY KEY, code text NOT NULL, code_key varchar(40));
CREATE UNIQUE INDEX accounts_code_key_key ON accounts (code_key);
CREATE TABLE postings (id integer PRIMARY KEY, account_key varchar(20) REFERENCES accounts (code_key));
