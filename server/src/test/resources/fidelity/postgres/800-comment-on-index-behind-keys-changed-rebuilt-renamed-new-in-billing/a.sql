CREATE SCHEMA billing;
CREATE TABLE billing.accounts (id integer CONSTRAINT accounts_pkey PRIMARY KEY, code text CONSTRAINT accounts_code_key UNIQUE, region text);
COMMENT ON INDEX billing.accounts_pkey IS 'old pk index';
COMMENT ON INDEX billing.accounts_code_key IS 'code index';
CREATE TABLE orders (id integer NOT NULL, line integer NOT NULL, CONSTRAINT orders_pkey PRIMARY KEY (id));
COMMENT ON INDEX orders_pkey IS 'pk on id';
CREATE TABLE tags (name text CONSTRAINT tags_name_key UNIQUE);
COMMENT ON INDEX tags_name_key IS 'kept through the rename';
COMMENT ON CONSTRAINT tags_name_key ON tags IS 'the constraint''s own';
