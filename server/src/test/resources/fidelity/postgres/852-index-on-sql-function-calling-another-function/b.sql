CREATE FUNCTION squeeze(input text) RETURNS text LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT regexp_replace(btrim(input), '\s+', ' ', 'g') $$;
CREATE FUNCTION tag_key(input text) RETURNS text LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT lower(public.squeeze(input)) $$;
CREATE TABLE tags (id integer PRIMARY KEY, name text NOT NULL);
CREATE UNIQUE INDEX tags_key ON tags (tag_key(name));
