CREATE TYPE measurement AS (quantity numeric(12,3), unit varchar(20) COLLATE "C", label text);
CREATE TABLE readings (id integer PRIMARY KEY, raw text);
