CREATE TYPE state AS ENUM ('draft', 'live', 'dead');
CREATE TABLE page (id integer PRIMARY KEY, st state NOT NULL DEFAULT 'draft', CONSTRAINT page_st_ck CHECK (st IN ('draft', 'live')));
CREATE INDEX page_live ON page (id) WHERE st = 'live';
CREATE INDEX page_st ON page (st);
