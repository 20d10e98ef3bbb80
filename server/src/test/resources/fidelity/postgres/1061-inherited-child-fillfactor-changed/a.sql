CREATE TABLE events (id integer NOT NULL, at timestamptz NOT NULL);
CREATE TABLE clicks (target text) INHERITS (events);
CREATE TABLE views (target text) INHERITS (events) WITH (fillfactor=80);
