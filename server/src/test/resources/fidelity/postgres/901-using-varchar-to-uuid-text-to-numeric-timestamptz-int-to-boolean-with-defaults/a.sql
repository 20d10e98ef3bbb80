CREATE TABLE t (id integer PRIMARY KEY, a varchar(36), b text DEFAULT '0', c text, d integer DEFAULT 0 NOT NULL, e text DEFAULT '{}', f varchar(10) DEFAULT '1.5', g bigint);
