CREATE EXTENSION pg_trgm;
CREATE TABLE t (id integer PRIMARY KEY, name text);
CREATE INDEX t_name_dedup ON t (name) WITH (deduplicate_items = off);
CREATE INDEX t_name_trgm ON t USING gin (name gin_trgm_ops);
