CREATE TYPE contact AS (name text, phone text, email text);
CREATE TABLE people (id integer PRIMARY KEY);
