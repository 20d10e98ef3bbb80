-- objects pg_dump writes that schemactl's dump once left out without a word: an event trigger (disabled, with a
-- comment), a user-defined cast and a text search dictionary with options
CREATE TYPE money_pair AS (amount integer, currency text);
CREATE FUNCTION money_pair_text(money_pair) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT ($1).amount || ' ' || ($1).currency $$;
CREATE CAST (money_pair AS text) WITH FUNCTION money_pair_text(money_pair) AS ASSIGNMENT;
COMMENT ON CAST (money_pair AS text) IS 'amount and currency';
CREATE TEXT SEARCH DICTIONARY english_stop (TEMPLATE = pg_catalog.simple, STOPWORDS = english, ACCEPT = false);
CREATE TEXT SEARCH CONFIGURATION notes_search (COPY = pg_catalog.simple);
ALTER TEXT SEARCH CONFIGURATION notes_search ALTER MAPPING FOR asciiword WITH english_stop, simple;
CREATE FUNCTION audit_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN RETURN; END $$;
CREATE EVENT TRIGGER audit_table_ddl ON ddl_command_end WHEN TAG IN ('CREATE TABLE', 'ALTER TABLE') EXECUTE FUNCTION audit_ddl();
ALTER EVENT TRIGGER audit_table_ddl DISABLE;
COMMENT ON EVENT TRIGGER audit_table_ddl IS 'audits table DDL';
CREATE TABLE invoices (id integer PRIMARY KEY, total money_pair, note text);
