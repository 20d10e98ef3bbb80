CREATE TABLE events (id integer NOT NULL, at timestamptz NOT NULL, source varchar(20));
CREATE TABLE clicks (target text) INHERITS (events);
