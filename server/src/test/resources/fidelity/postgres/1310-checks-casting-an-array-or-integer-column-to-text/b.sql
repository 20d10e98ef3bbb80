-- Lago's roles: a check casts a varchar[] column to text to match its text form, another an integer column; only a
-- varchar column's (col)::text is PostgreSQL's own, the others are the author's and must be written back
CREATE TABLE organizations (id integer PRIMARY KEY, code character varying NOT NULL CHECK (char_length(code) < 40));
CREATE TABLE roles (
    id integer PRIMARY KEY,
    code character varying NOT NULL,
    permissions character varying[] DEFAULT '{}' NOT NULL,
    rank integer NOT NULL,
    CONSTRAINT code_is_valid CHECK (code ~ '^[a-z0-9_]{1,100}$'),
    CONSTRAINT permissions_has_no_empty_parts CHECK (NOT (permissions::text ~ '([\{,]:|::|:[,\}])') AND NOT ('' = ANY (permissions::text[]))),
    CONSTRAINT rank_has_two_digits CHECK (rank::text ~ '^[0-9]{2}$')
);
