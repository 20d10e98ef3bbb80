CREATE TABLE event_log (at timestamptz NOT NULL DEFAULT now(), kind text NOT NULL DEFAULT 'misc', payload jsonb, source varchar(40));
CREATE INDEX event_log_at ON event_log (at DESC) INCLUDE (kind);
CREATE TABLE "Audit" (who text, what text);
