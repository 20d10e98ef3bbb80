CREATE TABLE events (id integer NOT NULL, at timestamptz NOT NULL, CONSTRAINT events_id_positive CHECK (id > 0));
CREATE TABLE clicks (target text, CONSTRAINT clicks_target_not_blank CHECK (target <> '')) INHERITS (events);
