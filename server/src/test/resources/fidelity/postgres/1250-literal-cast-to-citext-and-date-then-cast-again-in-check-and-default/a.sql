CREATE EXTENSION IF NOT EXISTS citext;

CREATE TABLE prompt_tags (
    id integer PRIMARY KEY,
    name text NOT NULL,
    created_at timestamp without time zone
);
