CREATE TABLE doc (id integer PRIMARY KEY, title text NOT NULL, body text,
    search tsvector GENERATED ALWAYS AS (setweight(to_tsvector('english'::regconfig, title), 'A') || setweight(to_tsvector('english'::regconfig, coalesce(body, '')), 'B')) STORED);
CREATE INDEX doc_search ON doc USING gin (search) WITH (fastupdate = off);
CREATE INDEX doc_title_trgm ON doc USING gin (to_tsvector('simple'::regconfig, title));
