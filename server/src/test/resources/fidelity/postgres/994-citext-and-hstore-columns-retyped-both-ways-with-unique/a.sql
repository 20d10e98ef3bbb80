CREATE EXTENSION IF NOT EXISTS citext;
CREATE EXTENSION IF NOT EXISTS hstore;
CREATE TABLE users (id integer PRIMARY KEY, email citext UNIQUE, nick text, attrs hstore DEFAULT ''::hstore, meta text);
