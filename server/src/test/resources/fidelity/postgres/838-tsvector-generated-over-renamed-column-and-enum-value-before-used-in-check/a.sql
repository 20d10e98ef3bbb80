CREATE TYPE level AS ENUM ('low', 'high');
CREATE TABLE posts (id integer PRIMARY KEY, headline text, body text, lvl level NOT NULL DEFAULT 'low',
    search tsvector GENERATED ALWAYS AS (to_tsvector('simple', coalesce(headline, '') || ' ' || coalesce(body, ''))) STORED,
    CONSTRAINT posts_lvl CHECK (lvl <> 'high' OR body IS NOT NULL));
CREATE INDEX posts_search ON posts USING gin (search);
