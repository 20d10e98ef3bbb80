CREATE SEQUENCE s INCREMENT BY 2;
CREATE SEQUENCE fresh START WITH 9;
CREATE TYPE mood AS ENUM ('a', 'b', 'c');
CREATE TYPE state AS ENUM ('open', 'paid');
CREATE TYPE color AS ENUM ('red', 'blue');
CREATE TABLE t (id integer PRIMARY KEY, m mood, st state NOT NULL DEFAULT 'open', no bigint DEFAULT nextval('s'),
    c color, fr bigint DEFAULT nextval('fresh'));
COMMENT ON SEQUENCE s IS 'it''s numbers';
COMMENT ON SEQUENCE fresh IS 'new numbers';
COMMENT ON TYPE state IS 'life cycle';
COMMENT ON TYPE color IS 'hues';
