CREATE TABLE p (id integer PRIMARY KEY);
CREATE TABLE child (id integer PRIMARY KEY, p_id integer CONSTRAINT child_p_id_fkey REFERENCES p (id));
CREATE INDEX child_p_id_idx ON child (p_id);
