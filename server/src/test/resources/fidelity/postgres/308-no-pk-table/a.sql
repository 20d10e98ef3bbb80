CREATE TABLE event_log (at timestamptz NOT NULL DEFAULT now(), kind text, payload jsonb);
CREATE INDEX event_log_at ON event_log (at DESC);
