CREATE TYPE person AS (name text, born date, email text);
CREATE TABLE members OF person (name WITH OPTIONS NOT NULL PRIMARY KEY, email WITH OPTIONS UNIQUE);
CREATE INDEX members_born ON members (born);
