CREATE TYPE doc_state AS ENUM ('draft', 'review', 'published', 'archived');
CREATE TABLE documents (id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY, state doc_state NOT NULL DEFAULT 'review', published_at timestamptz, archived_at timestamptz,
  CONSTRAINT documents_published_check CHECK (state NOT IN ('published', 'archived') OR published_at IS NOT NULL),
  CONSTRAINT documents_archived_check CHECK ((state = 'archived') = (archived_at IS NOT NULL)));
CREATE INDEX documents_drafts ON documents (id) WHERE state IN ('draft', 'review');
CREATE INDEX documents_archived ON documents (archived_at) WHERE state = 'archived';
