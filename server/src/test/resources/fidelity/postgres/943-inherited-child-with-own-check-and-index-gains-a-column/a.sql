CREATE TABLE events (id integer NOT NULL, at timestamptz NOT NULL, CONSTRAINT events_id_positive CHECK (id > 0));
CREATE TABLE clicks (target text, CONSTRAINT clicks_target_short CHECK (length(target) < 100)) INHERITS (events);
CREATE INDEX clicks_target ON clicks (target);
ALTER TABLE clicks ADD CONSTRAINT clicks_pkey PRIMARY KEY (id);
