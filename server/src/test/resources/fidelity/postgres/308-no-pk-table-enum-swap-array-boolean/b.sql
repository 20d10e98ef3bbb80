CREATE TYPE "Event State" AS ENUM ('new', 'done', 'failed');
CREATE TABLE event_log (at timestamptz NOT NULL DEFAULT now(), kind text NOT NULL DEFAULT 'misc', tag text[], flag boolean NOT NULL DEFAULT true, st "Event State" DEFAULT 'new', payload jsonb, source varchar(40));
CREATE INDEX event_log_at ON event_log (at DESC) INCLUDE (kind);
