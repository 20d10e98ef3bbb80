-- LedgerSMB comments its functions, aggregates and views; DAViCal's view has rules
CREATE TABLE entity (id integer PRIMARY KEY, name text NOT NULL, note text);
CREATE FUNCTION concat_colon(text, text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT CASE WHEN $1 IS NULL THEN $2 ELSE $1 || ':' || $2 END $$;
COMMENT ON FUNCTION concat_colon(text, text) IS 'It''s a temporary
function, two lines';
CREATE AGGREGATE concat_colon(text) (SFUNC = concat_colon, STYPE = text);
COMMENT ON AGGREGATE concat_colon(text) IS 'a colon-separated list';
CREATE VIEW entity_names AS SELECT id, name FROM entity;
COMMENT ON VIEW entity_names IS 'names only';
COMMENT ON COLUMN entity_names.name IS 'as entered';
CREATE RULE entity_names_delete AS ON DELETE TO entity_names DO INSTEAD ( DELETE FROM entity WHERE id = old.id; DELETE FROM entity WHERE id = -old.id; );
COMMENT ON RULE entity_names_delete ON entity_names IS 'deletes the entity';
