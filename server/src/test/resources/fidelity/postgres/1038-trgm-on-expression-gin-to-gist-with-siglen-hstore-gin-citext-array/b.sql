CREATE EXTENSION pg_trgm;
CREATE EXTENSION hstore;
CREATE EXTENSION citext;
CREATE TABLE people (id integer PRIMARY KEY, name text, attrs hstore NOT NULL DEFAULT '', emails citext[] NOT NULL DEFAULT '{}');
CREATE INDEX people_name_trgm ON people USING gist (lower(name) gist_trgm_ops (siglen = 32));
CREATE INDEX people_attrs ON people USING gin (attrs);
CREATE INDEX people_emails ON people USING gin (emails);
