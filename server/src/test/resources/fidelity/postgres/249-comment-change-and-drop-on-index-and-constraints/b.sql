CREATE TABLE p (id integer PRIMARY KEY);
CREATE TABLE t (id integer PRIMARY KEY, code text CONSTRAINT code_short CHECK (length(code) < 10), p_id integer CONSTRAINT t_p REFERENCES p (id));
CREATE INDEX t_code ON t (code);
COMMENT ON INDEX t_code IS 'lookups by code, it''s used';
COMMENT ON CONSTRAINT t_p ON t IS 'the owner';
