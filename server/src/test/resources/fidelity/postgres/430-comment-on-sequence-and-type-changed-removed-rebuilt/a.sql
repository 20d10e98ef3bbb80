CREATE SEQUENCE s;
CREATE SEQUENCE gone START WITH 5;
CREATE TYPE mood AS ENUM ('a', 'b');
CREATE TYPE state AS ENUM ('open', 'void', 'paid');
CREATE TABLE t (id integer PRIMARY KEY, m mood, st state NOT NULL DEFAULT 'open', no bigint DEFAULT nextval('s'));
COMMENT ON SEQUENCE s IS 'numbers';
COMMENT ON SEQUENCE gone IS 'old numbers';
COMMENT ON TYPE mood IS 'feelings';
COMMENT ON TYPE state IS 'life cycle';
