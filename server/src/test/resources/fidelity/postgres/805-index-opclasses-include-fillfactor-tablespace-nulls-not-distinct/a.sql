CREATE TABLE docs (id integer PRIMARY KEY, slug varchar(80), title text, body jsonb, owner integer, at timestamptz);
CREATE INDEX docs_slug_idx ON docs (slug);
CREATE INDEX docs_body_idx ON docs USING gin (body);
CREATE UNIQUE INDEX docs_owner_slug ON docs (owner, slug);
