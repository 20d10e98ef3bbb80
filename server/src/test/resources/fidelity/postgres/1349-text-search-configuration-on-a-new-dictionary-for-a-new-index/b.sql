-- the desired state adds a text search configuration over a dictionary of its own and an index that names it: the plan
-- must create the dictionary before the configuration, both before the index (and drop them in reverse on rollback)
CREATE TEXT SEARCH DICTIONARY notes_stop (TEMPLATE = pg_catalog.simple, STOPWORDS = english);
COMMENT ON TEXT SEARCH DICTIONARY notes_stop IS 'simple, without English stop words';
CREATE TEXT SEARCH CONFIGURATION notes_search (COPY = pg_catalog.simple);
ALTER TEXT SEARCH CONFIGURATION notes_search ALTER MAPPING FOR asciiword WITH notes_stop;
CREATE TABLE notes (id integer PRIMARY KEY, body text NOT NULL);
CREATE INDEX notes_body_search ON notes USING gin (to_tsvector('public.notes_search'::regconfig, body));
