CREATE EXTENSION pg_trgm;
CREATE EXTENSION ltree;
CREATE TABLE nodes (id integer PRIMARY KEY, path ltree NOT NULL, name text);
CREATE INDEX nodes_path ON nodes USING gist (path gist_ltree_ops(siglen = 8));
CREATE INDEX nodes_name ON nodes USING gist (name gist_trgm_ops(siglen = 12));
