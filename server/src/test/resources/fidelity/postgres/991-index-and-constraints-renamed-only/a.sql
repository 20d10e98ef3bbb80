CREATE TABLE t (id integer CONSTRAINT t_pk PRIMARY KEY, e text CONSTRAINT t_e_uq UNIQUE, n integer CONSTRAINT t_n_ck CHECK (n > 0), p integer CONSTRAINT t_p_fk REFERENCES t (id));
CREATE INDEX t_lower_e ON t (lower(e)) WHERE n > 1;
