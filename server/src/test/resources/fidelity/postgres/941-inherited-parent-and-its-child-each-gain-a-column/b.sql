CREATE TABLE events (id integer NOT NULL, at timestamptz NOT NULL, source varchar(20) DEFAULT 'web');
CREATE TABLE clicks (target text, referrer text) INHERITS (events);
CREATE TABLE views (page text NOT NULL) INHERITS (events);
