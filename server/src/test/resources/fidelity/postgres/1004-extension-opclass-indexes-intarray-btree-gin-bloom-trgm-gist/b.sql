CREATE EXTENSION intarray;
CREATE EXTENSION btree_gin;
CREATE EXTENSION bloom;
CREATE EXTENSION pg_trgm;
CREATE TABLE docs (id integer PRIMARY KEY, tags integer[] NOT NULL DEFAULT '{}', owner integer, title text, a integer, b integer, c integer);
CREATE INDEX docs_tags ON docs USING gist (tags gist__intbig_ops);
CREATE INDEX docs_owner_tags ON docs USING gin (owner, tags gin__int_ops);
CREATE INDEX docs_title_trgm ON docs USING gist (title gist_trgm_ops(siglen = 64));
CREATE INDEX docs_abc_bloom ON docs USING bloom (a, b, c) WITH (length = 80, col1 = 2);
