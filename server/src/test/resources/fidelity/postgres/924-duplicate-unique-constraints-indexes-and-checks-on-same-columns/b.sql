CREATE TABLE t (id integer PRIMARY KEY, a integer UNIQUE, b integer CHECK (b > 0), c text);
ALTER TABLE t ADD CONSTRAINT t_a_again UNIQUE (a);
ALTER TABLE t ADD CONSTRAINT t_b_positive CHECK (b > 0);
CREATE INDEX t_c_idx ON t (c);
CREATE INDEX t_c_idx_dup ON t (c);
CREATE UNIQUE INDEX t_a_unique_idx ON t (a);
