CREATE SCHEMA billing;
CREATE TABLE billing.accounts (id integer CONSTRAINT accounts_pkey PRIMARY KEY, code text CONSTRAINT accounts_code_key UNIQUE,
    region text CONSTRAINT accounts_region_key UNIQUE);
COMMENT ON INDEX billing.accounts_pkey IS 'new pk index, it''s
changed';
COMMENT ON INDEX billing.accounts_region_key IS 'added with its key';
CREATE TABLE orders (id integer NOT NULL, line integer NOT NULL, CONSTRAINT orders_pkey PRIMARY KEY (id, line));
COMMENT ON INDEX orders_pkey IS 'pk on id and line';
CREATE TABLE tags (name text CONSTRAINT tags_name_uq UNIQUE);
COMMENT ON INDEX tags_name_uq IS 'kept through the rename';
COMMENT ON CONSTRAINT tags_name_uq ON tags IS 'the constraint''s own';
CREATE TABLE notes (id integer PRIMARY KEY, body text UNIQUE NULLS NOT DISTINCT);
COMMENT ON INDEX notes_pkey IS 'new table pk';
COMMENT ON INDEX notes_body_key IS 'new table unique';
CREATE TABLE billing."Ledger" ("Id" integer CONSTRAINT "Ledger_pkey" PRIMARY KEY);
COMMENT ON INDEX billing."Ledger_pkey" IS 'mixed case in billing';
CREATE TABLE ka (id integer PRIMARY KEY, code text);
CREATE UNIQUE INDEX ka_code_key ON ka (code);
COMMENT ON INDEX ka_code_key IS 'idx';
CREATE TABLE kb (id integer);
CREATE UNIQUE INDEX kb_pkey ON kb (id);
COMMENT ON INDEX kb_pkey IS 'pk idx';
