CREATE EXTENSION IF NOT EXISTS citext;
CREATE EXTENSION IF NOT EXISTS hstore;
CREATE TABLE users (id integer PRIMARY KEY, email text UNIQUE, nick citext NOT NULL DEFAULT 'anon' UNIQUE, attrs hstore DEFAULT 'a=>1'::hstore, meta hstore);
CREATE INDEX users_attrs ON users USING gin (attrs);
