CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TABLE acct (id bigserial PRIMARY KEY, m mood DEFAULT 'ok', email text NOT NULL, closed_at timestamp);
CREATE UNIQUE INDEX acct_email_open ON acct (lower(email)) WHERE closed_at IS NULL;
