CREATE EXTENSION hstore;
CREATE EXTENSION citext;
CREATE TABLE users (id integer PRIMARY KEY, email citext NOT NULL, attrs hstore NOT NULL DEFAULT ''::hstore, tags hstore);
CREATE UNIQUE INDEX users_email ON users (email);
CREATE INDEX users_attrs ON users USING gist (attrs);
