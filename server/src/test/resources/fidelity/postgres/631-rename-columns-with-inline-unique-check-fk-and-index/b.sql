CREATE TABLE acct (id integer PRIMARY KEY, email text NOT NULL UNIQUE CHECK (email <> ''), parent_id integer REFERENCES acct(id));
CREATE INDEX ON acct (parent_id);
