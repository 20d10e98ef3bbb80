CREATE TABLE accounts (id integer PRIMARY KEY, username varchar(64) NOT NULL, code varchar(6) NOT NULL, CONSTRAINT accounts_username_format CHECK (username ~ '^[a-z0-9_]+$'), CONSTRAINT accounts_code_len CHECK (char_length(code) >= 4));
CREATE UNIQUE INDEX accounts_username_key ON accounts (lower(username));
CREATE UNIQUE INDEX accounts_code_key ON accounts (code);
