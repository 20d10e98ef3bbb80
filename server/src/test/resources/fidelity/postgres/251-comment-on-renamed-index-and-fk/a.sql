CREATE TABLE p (id integer PRIMARY KEY);
CREATE TABLE t (id integer PRIMARY KEY, code text, p_id integer CONSTRAINT t_old_fk REFERENCES p (id));
CREATE INDEX t_code_old ON t (code);
COMMENT ON INDEX t_code_old IS 'old';
COMMENT ON CONSTRAINT t_old_fk ON t IS 'old fk';
