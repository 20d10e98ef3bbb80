CREATE TYPE person AS (name text, born date);
CREATE TABLE members OF person (name WITH OPTIONS NOT NULL PRIMARY KEY);
CREATE TABLE guests (name text, born date);
