CREATE TABLE acct (id integer PRIMARY KEY, "eMail" text, qty integer, CONSTRAINT acct_qty_check CHECK (qty > 0), CONSTRAINT mail_not_blank CHECK ("eMail" <> ''));
CREATE UNIQUE INDEX acct_mail_lower ON acct (lower("eMail")) WHERE "eMail" IS NOT NULL;
