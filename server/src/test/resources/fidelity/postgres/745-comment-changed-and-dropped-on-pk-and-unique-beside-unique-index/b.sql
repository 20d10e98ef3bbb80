CREATE TABLE account (id integer PRIMARY KEY, email text NOT NULL CONSTRAINT account_email_key UNIQUE, handle text UNIQUE,
    code text CONSTRAINT account_code_key UNIQUE);
CREATE UNIQUE INDEX account_code_idx ON account (code);
COMMENT ON CONSTRAINT account_pkey ON account IS 'surrogate key, it''s stable';
COMMENT ON CONSTRAINT account_handle_key ON account IS 'one per handle';
COMMENT ON CONSTRAINT account_code_key ON account IS 'index on code';
COMMENT ON INDEX account_code_idx IS 'constraint on code';
