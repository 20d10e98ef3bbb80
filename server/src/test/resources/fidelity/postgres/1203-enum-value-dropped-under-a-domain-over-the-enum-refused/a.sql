CREATE TYPE mood AS ENUM ('sad', 'ok', 'meh');
CREATE DOMAIN not_sad AS mood CHECK (VALUE <> 'sad');
CREATE TABLE t (id int PRIMARY KEY, d not_sad);
