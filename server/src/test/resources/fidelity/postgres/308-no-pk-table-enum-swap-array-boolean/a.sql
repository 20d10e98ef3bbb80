CREATE TYPE status AS ENUM ('new', 'done');
CREATE TABLE event_log (at timestamptz NOT NULL DEFAULT now(), kind text, tag text, flag smallint NOT NULL DEFAULT 1, st status DEFAULT 'new', payload jsonb);
CREATE INDEX event_log_at ON event_log (at DESC);
