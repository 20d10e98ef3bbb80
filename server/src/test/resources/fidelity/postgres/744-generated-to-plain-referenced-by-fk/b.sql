CREATE TABLE accounts (id integer PRIMARY KEY, code text NOT NULL, code_key text, CONSTRAINT accounts_code_key_key UNIQUE (code_key));
CREATE TABLE postings (id integer PRIMARY KEY, account_key text REFERENCES accounts (code_key));
