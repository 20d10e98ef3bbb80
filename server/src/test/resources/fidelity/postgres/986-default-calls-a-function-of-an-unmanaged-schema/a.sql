CREATE SCHEMA util;
CREATE FUNCTION util.next_code() RETURNS text LANGUAGE sql AS $$ SELECT 'C' || floor(random() * 1000)::int $$;
CREATE TABLE things (id integer PRIMARY KEY, code text);
