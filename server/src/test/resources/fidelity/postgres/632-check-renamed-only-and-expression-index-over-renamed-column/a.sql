CREATE TABLE acct (id integer PRIMARY KEY, mail text, qty integer, CONSTRAINT qty_positive CHECK (qty > 0), CONSTRAINT mail_not_blank CHECK (mail <> ''));
CREATE UNIQUE INDEX acct_mail_lower ON acct (lower(mail)) WHERE mail IS NOT NULL;
