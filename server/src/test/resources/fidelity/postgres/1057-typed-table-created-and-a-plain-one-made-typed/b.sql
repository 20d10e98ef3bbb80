CREATE TYPE person AS (name text, born date);
CREATE TABLE staff OF person;
CREATE TABLE members OF person (name WITH OPTIONS NOT NULL PRIMARY KEY, born WITH OPTIONS DEFAULT '2000-01-01');
