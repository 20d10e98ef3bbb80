CREATE TABLE events (id integer NOT NULL, at timestamptz NOT NULL);
CREATE TABLE clicks (target varchar(200) NOT NULL, weight integer DEFAULT 1) INHERITS (events);
COMMENT ON COLUMN clicks.target IS 'where the click went';
COMMENT ON TABLE clicks IS 'clicks of the site';
