CREATE TYPE state AS ENUM ('draft', 'live', 'gone');
CREATE TABLE docs (id integer PRIMARY KEY, st state DEFAULT 'draft', prev state NOT NULL DEFAULT 'gone', tags state[] DEFAULT '{draft}', CONSTRAINT docs_st_check CHECK (st <> 'gone'));
