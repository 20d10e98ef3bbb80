-- Lago's roles: a check casts a varchar[] column to text to match its text form, another an integer column; only a
-- varchar column's (col)::text is PostgreSQL's own, the others are the author's and must be written back
CREATE TABLE organizations (id integer PRIMARY KEY, code character varying NOT NULL CHECK (char_length(code) < 40));
