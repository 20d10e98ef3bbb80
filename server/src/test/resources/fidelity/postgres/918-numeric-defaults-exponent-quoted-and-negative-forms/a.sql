CREATE TABLE t (id integer PRIMARY KEY, a numeric DEFAULT 1e3, b numeric(10,2) DEFAULT 5, c numeric DEFAULT -1, d numeric DEFAULT '-1000'::numeric, e numeric(8,0) DEFAULT 2.5e1);
