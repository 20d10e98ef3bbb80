CREATE TABLE tags (id integer PRIMARY KEY, name text NOT NULL);

-- as danbooru's structure.sql has it: an operator over a function of the schema, used by a view
CREATE FUNCTION reverse_textregexeq(text, text) RETURNS boolean
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $_$ SELECT $2 ~ $1 $_$;
CREATE OPERATOR ~<< (FUNCTION = reverse_textregexeq, LEFTARG = text, RIGHTARG = text);
CREATE FUNCTION text_lt(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT $1 < $2 $$;
CREATE FUNCTION text_gt(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT $1 > $2 $$;
CREATE OPERATOR <<< (FUNCTION = text_lt, LEFTARG = text, RIGHTARG = text, COMMUTATOR = >>>, RESTRICT = scalarltsel, JOIN = scalarltjoinsel);
CREATE OPERATOR >>> (FUNCTION = text_gt, LEFTARG = text, RIGHTARG = text, COMMUTATOR = <<<, NEGATOR = <<<);
CREATE VIEW matching_tags AS SELECT id FROM tags WHERE '^a' ~<< name AND name <<< 'z';
