CREATE TABLE t (id integer CONSTRAINT t_pkey PRIMARY KEY, e text CONSTRAINT t_e_key UNIQUE, n integer CONSTRAINT t_n_check CHECK (n > 0), p integer CONSTRAINT t_p_fkey REFERENCES t (id));
CREATE INDEX t_e_lower_idx ON t (lower(e)) WHERE n > 1;
