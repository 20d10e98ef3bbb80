CREATE TYPE doc_state AS ENUM ('draft', 'published');
CREATE TABLE documents (id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY, state doc_state NOT NULL DEFAULT 'draft', published_at timestamptz,
  CONSTRAINT documents_published_check CHECK (state <> 'published' OR published_at IS NOT NULL));
CREATE INDEX documents_drafts ON documents (id) WHERE state = 'draft';
