CREATE TYPE measurement AS (quantity integer, unit varchar(10), label text);
CREATE TABLE readings (id integer PRIMARY KEY, raw text);
