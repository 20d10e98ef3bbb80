CREATE TABLE t (id integer PRIMARY KEY, status varchar(10) NOT NULL DEFAULT 'new'::character varying CHECK (status IN ('new', 'done')), n numeric(5,2) DEFAULT 0.00 CHECK (n >= 0));
