CREATE TABLE t (id integer PRIMARY KEY, a integer UNIQUE, b integer CHECK (b > 0), c text);
CREATE INDEX t_c_idx ON t (c);
