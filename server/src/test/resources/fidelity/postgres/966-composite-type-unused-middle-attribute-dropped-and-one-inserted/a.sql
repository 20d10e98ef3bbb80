CREATE TYPE contact AS (name text, fax text, email text);
CREATE TABLE people (id integer PRIMARY KEY);
