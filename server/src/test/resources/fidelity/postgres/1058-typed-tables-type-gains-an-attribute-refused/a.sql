CREATE TYPE person AS (name text, born date);
CREATE TABLE members OF person (name WITH OPTIONS NOT NULL PRIMARY KEY);
