CREATE FUNCTION short_id() RETURNS text LANGUAGE sql VOLATILE AS $$ SELECT substr(md5(random()::text), 1, 8) $$;
CREATE TABLE links (id integer PRIMARY KEY, url text NOT NULL);
