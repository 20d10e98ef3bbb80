CREATE TABLE docs (id integer PRIMARY KEY, slug varchar(80), title text, body jsonb, owner integer, at timestamptz);
CREATE INDEX docs_slug_idx ON docs (slug varchar_pattern_ops DESC NULLS LAST) WITH (fillfactor = 70) TABLESPACE pg_default;
CREATE INDEX docs_title_idx ON docs (lower(title) text_pattern_ops) INCLUDE (id, at) WHERE title IS NOT NULL;
CREATE INDEX docs_body_idx ON docs USING gin (body jsonb_path_ops) WITH (fastupdate = off);
CREATE UNIQUE INDEX docs_owner_slug ON docs (owner, slug) INCLUDE (title) NULLS NOT DISTINCT;
CREATE INDEX docs_key_idx ON docs ((body ->> 'key') text_pattern_ops, at DESC);
CREATE INDEX docs_at_brin ON docs USING brin (at) WITH (pages_per_range = 32);
