CREATE TYPE level AS ENUM ('none', 'low', 'mid', 'high');
CREATE TABLE posts (id integer PRIMARY KEY, title text, body text, lvl level NOT NULL DEFAULT 'low',
    search tsvector GENERATED ALWAYS AS (to_tsvector('simple', coalesce(title, '') || ' ' || coalesce(body, ''))) STORED,
    CONSTRAINT posts_lvl CHECK (lvl <> 'high' OR body IS NOT NULL));
CREATE INDEX posts_search ON posts USING gin (search);
