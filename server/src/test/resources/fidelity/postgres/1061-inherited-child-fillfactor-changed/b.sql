CREATE TABLE events (id integer NOT NULL, at timestamptz NOT NULL);
CREATE TABLE clicks (target text) INHERITS (events) WITH (fillfactor=70);
CREATE UNLOGGED TABLE views (target text) INHERITS (events);
