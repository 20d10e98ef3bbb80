CREATE TABLE acct (id integer PRIMARY KEY, mail text NOT NULL UNIQUE, CONSTRAINT acct_mail_ck CHECK (mail LIKE '%@%'));
CREATE UNIQUE INDEX acct_mail_lower ON acct (lower(mail)) WHERE mail <> '';
CREATE TABLE login (id integer PRIMARY KEY, mail text REFERENCES acct (mail));
