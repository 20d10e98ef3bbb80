CREATE EXTENSION pg_trgm;
CREATE EXTENSION hstore;
CREATE EXTENSION citext;
CREATE TABLE people (id integer PRIMARY KEY, name text, attrs hstore, emails citext[]);
CREATE INDEX people_name_trgm ON people USING gin (lower(name) gin_trgm_ops);
