CREATE TABLE articles (id integer PRIMARY KEY, title text NOT NULL, body text,
  search tsvector GENERATED ALWAYS AS (setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', coalesce(body, '')), 'B')) STORED);
CREATE INDEX articles_search_idx ON articles USING gin (search);
CREATE INDEX articles_title_fts ON articles USING gin (to_tsvector('simple'::regconfig, title));
