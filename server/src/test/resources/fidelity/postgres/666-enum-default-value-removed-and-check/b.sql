CREATE TYPE state AS ENUM ('live', 'archived', 'draft_v2');
CREATE TABLE docs (id integer PRIMARY KEY, st state, prev state NOT NULL DEFAULT 'archived', tags state[] DEFAULT '{draft_v2}', CONSTRAINT docs_st_check CHECK (st <> 'archived'));
