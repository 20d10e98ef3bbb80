CREATE TABLE events (id integer NOT NULL, at timestamptz NOT NULL);
CREATE TABLE clicks (target varchar(50), weight integer) INHERITS (events);
