CREATE TABLE t (id integer PRIMARY KEY, tags varchar(255)[] NOT NULL DEFAULT '{}'::character varying[], scores numeric(5,2)[] DEFAULT ARRAY[1.5, 2.25], grid integer[] DEFAULT '{{1,2},{3,4}}');
