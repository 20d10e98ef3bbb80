CREATE EXTENSION intarray;
CREATE EXTENSION btree_gin;
CREATE EXTENSION bloom;
CREATE EXTENSION pg_trgm;
CREATE TABLE docs (id integer PRIMARY KEY, tags integer[] NOT NULL DEFAULT '{}', owner integer, title text, a integer, b integer, c integer);
CREATE INDEX docs_tags ON docs USING gin (tags gin__int_ops);
CREATE INDEX docs_title_trgm ON docs USING gin (title gin_trgm_ops);
