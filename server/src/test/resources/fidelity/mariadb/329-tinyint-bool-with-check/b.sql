CREATE TABLE t (id int PRIMARY KEY, active tinyint(1) NOT NULL DEFAULT 0 CHECK (active IN (0, 1)), deleted boolean DEFAULT false);
