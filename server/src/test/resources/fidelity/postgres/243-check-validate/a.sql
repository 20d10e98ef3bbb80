CREATE TABLE t (id integer PRIMARY KEY, n integer);
ALTER TABLE t ADD CONSTRAINT n_pos CHECK (n > 0) NOT VALID;
COMMENT ON CONSTRAINT n_pos ON t IS 'checked from now on';
