CREATE TYPE measurement AS (quantity integer, unit varchar(10));
CREATE TABLE readings (id integer PRIMARY KEY, value measurement);
