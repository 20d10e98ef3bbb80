CREATE TABLE p (id integer PRIMARY KEY);
CREATE TABLE c (id integer PRIMARY KEY, p_id integer CONSTRAINT c_p_id_fkey REFERENCES p (id));
CREATE INDEX c_p_id_idx ON c (p_id);
