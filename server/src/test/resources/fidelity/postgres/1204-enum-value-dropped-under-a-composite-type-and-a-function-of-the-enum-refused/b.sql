CREATE TYPE mood AS ENUM ('sad', 'ok');
CREATE TYPE pair AS (m mood, n int);
CREATE FUNCTION is_ok(m mood) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT m = 'ok' $$;
CREATE TABLE t (id int PRIMARY KEY, p pair, m mood);
