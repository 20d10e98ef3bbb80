CREATE TYPE person AS (name text, born date);
CREATE TABLE staff (name text, born date);
