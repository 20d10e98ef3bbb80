-- a foreign table (not a table the model reads), its server and user mappings beside a table that changes: schemactl's
-- dump once left all of them out without a word; a user mapping's options hold a password, so it is named as left out
CREATE EXTENSION postgres_fdw;
CREATE SERVER films_remote FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host 'films.invalid', dbname 'films', port '5432');
COMMENT ON SERVER films_remote IS 'the films database';
CREATE USER MAPPING FOR CURRENT_USER SERVER films_remote OPTIONS (user 'reader', password 'secret');
CREATE USER MAPPING FOR PUBLIC SERVER films_remote;
CREATE FOREIGN TABLE remote_films (
    code character(5) NOT NULL,
    title character varying(40) OPTIONS (column_name 'name') DEFAULT 'untitled',
    kind text COLLATE "C",
    CONSTRAINT remote_films_code_check CHECK (code <> '')
) SERVER films_remote OPTIONS (schema_name 'public', table_name 'films');
COMMENT ON FOREIGN TABLE remote_films IS 'films, read remotely';
COMMENT ON COLUMN remote_films.code IS 'film code';
CREATE TABLE rentals (id integer PRIMARY KEY, film_code character(5) NOT NULL, returned_at timestamptz);
