CREATE TABLE users (id integer PRIMARY KEY, email text NOT NULL CONSTRAINT users_email_key UNIQUE);
COMMENT ON CONSTRAINT users_pkey ON users IS 'surrogate key';
COMMENT ON CONSTRAINT users_email_key ON users IS 'one account per address';
