CREATE TABLE acct (id integer NOT NULL, num text NOT NULL, CONSTRAINT acct_id_key UNIQUE (id));
CREATE TABLE entry (id integer PRIMARY KEY, acct_id integer REFERENCES acct (id));
