-- made plain (NOT OF) before it gains a column of its own: a typed table's columns are its type's
CREATE TYPE person AS (name text, born date);
CREATE TABLE members (name text NOT NULL PRIMARY KEY, born date, email text UNIQUE);
CREATE TABLE guests OF person;
