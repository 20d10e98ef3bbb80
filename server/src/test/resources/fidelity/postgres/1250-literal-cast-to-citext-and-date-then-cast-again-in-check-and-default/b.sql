CREATE EXTENSION IF NOT EXISTS citext;

-- Sourcegraph's prompt_tags check casts its pattern to citext and back to text; the default's date is the author's
CREATE TABLE prompt_tags (
    id integer PRIMARY KEY,
    name text NOT NULL,
    created_at timestamp without time zone DEFAULT ('2020-01-01'::date)::timestamp without time zone,
    CONSTRAINT prompt_tags_name_valid_chars CHECK (name ~ ('^[a-zA-Z0-9](?:[a-zA-Z0-9]|[-._\s](?=[a-zA-Z0-9]))*-?$'::citext)::text)
);
