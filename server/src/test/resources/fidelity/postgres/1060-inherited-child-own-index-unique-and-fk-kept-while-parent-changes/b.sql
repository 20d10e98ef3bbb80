-- the parent changes (a column retyped under the child's own index, one added, an index and a key of its own); the child's own index, unique key and foreign key stay
CREATE TABLE targets (url text PRIMARY KEY);
CREATE TABLE events (id integer NOT NULL PRIMARY KEY, at timestamptz NOT NULL, kind varchar(20), source text);
CREATE INDEX events_at ON events (at);
CREATE TABLE clicks (target text REFERENCES targets (url), CONSTRAINT clicks_id_key UNIQUE (id)) INHERITS (events);
CREATE INDEX clicks_target ON clicks (target);
CREATE INDEX clicks_kind ON clicks (kind);
