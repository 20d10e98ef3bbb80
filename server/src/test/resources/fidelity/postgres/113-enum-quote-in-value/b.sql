CREATE TYPE q AS ENUM ('it''s', 'plain');
CREATE TABLE t (id integer PRIMARY KEY, v q);
