CREATE TABLE events (id integer NOT NULL, at timestamptz NOT NULL);
CREATE TABLE clicks (target text) INHERITS (events);
ALTER TABLE ONLY clicks ALTER COLUMN at SET DEFAULT now();
