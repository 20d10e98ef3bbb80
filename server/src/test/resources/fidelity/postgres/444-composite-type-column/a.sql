CREATE TYPE addr AS (street text, zip varchar(10));
CREATE TABLE p (id integer PRIMARY KEY);
