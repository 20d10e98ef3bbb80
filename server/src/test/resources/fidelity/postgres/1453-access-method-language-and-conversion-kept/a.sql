-- an index access method (with a handler and a default operator class of its own, and an index using it), a procedural
-- language not from an extension (and a function in it) and a conversion: schemactl's dump once left them out without a word
CREATE FUNCTION copy_brinhandler(internal) RETURNS index_am_handler LANGUAGE internal AS 'brinhandler';
CREATE ACCESS METHOD copy_brin TYPE INDEX HANDLER copy_brinhandler;
COMMENT ON ACCESS METHOD copy_brin IS 'brin under another name';
CREATE OPERATOR CLASS copy_int_ops DEFAULT FOR TYPE integer USING copy_brin AS
  OPERATOR 1 <, OPERATOR 2 <=, OPERATOR 3 =, OPERATOR 4 >=, OPERATOR 5 >,
  FUNCTION 1 brin_minmax_opcinfo(internal), FUNCTION 2 brin_minmax_add_value(internal, internal, internal, internal),
  FUNCTION 3 brin_minmax_consistent(internal, internal, internal), FUNCTION 4 brin_minmax_union(internal, internal, internal);
CREATE FUNCTION copy_plpgsql_handler() RETURNS language_handler LANGUAGE c AS '$libdir/plpgsql', 'plpgsql_call_handler';
CREATE LANGUAGE copy_plpgsql HANDLER copy_plpgsql_handler;
COMMENT ON LANGUAGE copy_plpgsql IS 'plpgsql under another name';
CREATE FUNCTION answer() RETURNS integer LANGUAGE copy_plpgsql AS $$ BEGIN RETURN 42; END $$;
CREATE CONVERSION latin1_to_utf8 FOR 'LATIN1' TO 'UTF8' FROM iso8859_1_to_utf8;
COMMENT ON CONVERSION latin1_to_utf8 IS 'a copy of the default';
CREATE TABLE readings (id integer PRIMARY KEY, value integer NOT NULL);
CREATE INDEX readings_value ON readings USING copy_brin (value);
