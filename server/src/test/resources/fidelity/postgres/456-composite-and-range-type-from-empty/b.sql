CREATE TABLE other (id integer PRIMARY KEY);
CREATE TYPE addr AS (street text, zip varchar(10));
CREATE TYPE floatrange AS RANGE (subtype = float8);
CREATE TABLE p (id integer PRIMARY KEY, home addr, other addr[], span floatrange);
