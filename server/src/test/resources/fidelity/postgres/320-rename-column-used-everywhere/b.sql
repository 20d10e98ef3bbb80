CREATE TABLE acct (id integer PRIMARY KEY, "EMail" text NOT NULL CONSTRAINT acct_mail_key UNIQUE, CONSTRAINT acct_mail_ck CHECK ("EMail" LIKE '%@%'));
CREATE UNIQUE INDEX acct_mail_lower ON acct (lower("EMail")) WHERE "EMail" <> '';
CREATE TABLE login (id integer PRIMARY KEY, mail text CONSTRAINT login_mail_fkey REFERENCES acct ("EMail"));
