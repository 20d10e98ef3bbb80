CREATE TABLE targets (url text PRIMARY KEY);
CREATE TABLE events (id integer NOT NULL, at timestamptz NOT NULL, kind text);
CREATE TABLE clicks (target text REFERENCES targets (url), CONSTRAINT clicks_id_key UNIQUE (id)) INHERITS (events);
CREATE INDEX clicks_target ON clicks (target);
CREATE INDEX clicks_kind ON clicks (kind);
