CREATE TABLE p (id integer PRIMARY KEY);
CREATE TABLE t (id integer PRIMARY KEY, code text, p_id integer CONSTRAINT t_new_fk REFERENCES p (id));
CREATE INDEX t_code_new ON t (code);
COMMENT ON INDEX t_code_new IS 'new';
COMMENT ON CONSTRAINT t_new_fk ON t IS 'new fk';
