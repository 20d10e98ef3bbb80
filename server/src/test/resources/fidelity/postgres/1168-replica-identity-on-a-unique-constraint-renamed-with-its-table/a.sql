CREATE TABLE accounts (id integer NOT NULL, email text NOT NULL, CONSTRAINT accounts_email_key UNIQUE (email));
ALTER TABLE accounts REPLICA IDENTITY USING INDEX accounts_email_key;
