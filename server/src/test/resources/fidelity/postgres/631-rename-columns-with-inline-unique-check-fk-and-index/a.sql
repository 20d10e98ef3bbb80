CREATE TABLE acct (id integer PRIMARY KEY, mail text NOT NULL UNIQUE CHECK (mail <> ''), parent integer REFERENCES acct(id));
CREATE INDEX ON acct (parent);
