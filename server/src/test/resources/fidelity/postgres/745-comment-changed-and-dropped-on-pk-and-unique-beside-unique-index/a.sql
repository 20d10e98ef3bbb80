CREATE TABLE account (id integer PRIMARY KEY, email text NOT NULL CONSTRAINT account_email_key UNIQUE, handle text UNIQUE,
    code text CONSTRAINT account_code_key UNIQUE);
CREATE UNIQUE INDEX account_code_idx ON account (code);
COMMENT ON CONSTRAINT account_pkey ON account IS 'old key';
COMMENT ON CONSTRAINT account_email_key ON account IS 'one per address';
COMMENT ON CONSTRAINT account_code_key ON account IS 'constraint on code';
COMMENT ON INDEX account_code_idx IS 'index on code';
