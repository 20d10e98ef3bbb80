CREATE EXTENSION hstore;
CREATE EXTENSION ltree;
CREATE TABLE t (id integer PRIMARY KEY, attrs hstore, path ltree);
CREATE INDEX t_path ON t USING gist (path);
