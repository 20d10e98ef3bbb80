CREATE TABLE events (id integer NOT NULL, at timestamptz NOT NULL);
CREATE TABLE logs (id integer NOT NULL, at timestamptz NOT NULL);
CREATE TABLE clicks (target text) INHERITS (logs);
