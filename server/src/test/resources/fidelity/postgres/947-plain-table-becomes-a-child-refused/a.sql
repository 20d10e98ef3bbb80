CREATE TABLE events (id integer NOT NULL, at timestamptz NOT NULL);
CREATE TABLE clicks (id integer NOT NULL, at timestamptz NOT NULL, target text);
