CREATE TABLE users (id integer PRIMARY KEY, email text CONSTRAINT users_email_key UNIQUE);
COMMENT ON CONSTRAINT users_email_key ON users IS 'one account per address';
