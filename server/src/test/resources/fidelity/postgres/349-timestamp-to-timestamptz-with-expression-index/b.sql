CREATE TABLE ev (id integer PRIMARY KEY, at timestamptz NOT NULL, note text);
CREATE INDEX ev_at ON ev (at DESC);
