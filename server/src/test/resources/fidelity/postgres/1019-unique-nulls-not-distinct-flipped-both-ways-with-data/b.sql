CREATE TABLE u (id integer PRIMARY KEY, a text, b text, c text, CONSTRAINT u_a_key UNIQUE (a), CONSTRAINT u_b_key UNIQUE NULLS NOT DISTINCT (b));
CREATE UNIQUE INDEX u_c_idx ON u (c) WHERE id > 0;
