CREATE COLLATION natural_sort (provider = icu, locale = '@colCaseFirst=lower;colNumeric=yes');
CREATE TEXT SEARCH CONFIGURATION plain_names (COPY = pg_catalog.simple);
CREATE FUNCTION fold(input text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$ SELECT lower(input COLLATE public.natural_sort) $$;
CREATE FUNCTION name_vector(input text) RETURNS tsvector LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$ SELECT to_tsvector('public.plain_names', public.fold(input)) $$;
CREATE TABLE artists (id integer PRIMARY KEY, name text NOT NULL);
CREATE INDEX artists_name_txt ON artists USING gin (name_vector(name));
