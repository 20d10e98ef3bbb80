CREATE SCHEMA util;
CREATE TYPE util.mood AS ENUM ('sad', 'ok', 'happy');
CREATE DOMAIN util.positive_int AS integer DEFAULT 1 NOT NULL CONSTRAINT positive_int_check CHECK (VALUE > 0);
CREATE FUNCTION util.tag(n integer) RETURNS text LANGUAGE sql AS $$ SELECT 'N' || n $$;
CREATE FUNCTION util.tag() RETURNS text LANGUAGE sql AS $$ SELECT 'T-' || util.tag(7) $$;
CREATE TABLE visits (id integer PRIMARY KEY, note text);
