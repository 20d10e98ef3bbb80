CREATE TABLE p (tenant integer, id integer, PRIMARY KEY (tenant, id));
CREATE TABLE c (id integer PRIMARY KEY, tenant integer NOT NULL, p_id integer DEFAULT 0,
  CONSTRAINT c_p FOREIGN KEY (tenant, p_id) REFERENCES p (tenant, id) ON DELETE SET NULL (p_id));
