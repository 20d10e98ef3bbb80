CREATE TABLE users (id integer PRIMARY KEY, email text CONSTRAINT users_email_key UNIQUE);
COMMENT ON CONSTRAINT users_email_key ON users IS 'one account per address';
COMMENT ON INDEX users_email_key IS 'the index behind the constraint';
COMMENT ON INDEX users_pkey IS 'the index behind the key';
