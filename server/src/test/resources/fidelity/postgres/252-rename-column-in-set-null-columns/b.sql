CREATE TABLE p (tenant integer, id integer, PRIMARY KEY (tenant, id));
CREATE TABLE c (id integer PRIMARY KEY, tenant integer NOT NULL, parent integer,
  CONSTRAINT c_p FOREIGN KEY (tenant, parent) REFERENCES p (tenant, id) ON DELETE SET NULL (parent));
