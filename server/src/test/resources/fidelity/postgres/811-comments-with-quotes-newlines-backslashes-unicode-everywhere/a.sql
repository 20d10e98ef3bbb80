CREATE TABLE notes (id integer PRIMARY KEY, body text CONSTRAINT body_len CHECK (length(body) < 1000));
CREATE INDEX notes_body ON notes (body);
CREATE SEQUENCE note_seq;
CREATE TYPE mood AS ENUM ('ok');
COMMENT ON TABLE notes IS 'plain';
CREATE TYPE tone AS ENUM ('it''s', 'UPPER');
CREATE TABLE "Accounts" ("Id" integer PRIMARY KEY, t tone DEFAULT 'it''s', at timestamptz DEFAULT pg_catalog.now());
CREATE TABLE posts (id integer PRIMARY KEY, acct integer);
