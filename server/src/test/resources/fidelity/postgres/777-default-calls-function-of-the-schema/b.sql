CREATE FUNCTION short_id() RETURNS text LANGUAGE sql VOLATILE AS $$ SELECT substr(md5(random()::text), 1, 8) $$;
CREATE TABLE links (id integer PRIMARY KEY, url text NOT NULL, code text NOT NULL DEFAULT short_id(), expires_at timestamptz DEFAULT (now() + interval '7 days'));
CREATE UNIQUE INDEX links_code ON links (code);
