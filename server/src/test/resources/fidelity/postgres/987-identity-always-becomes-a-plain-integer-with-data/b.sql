CREATE TABLE t (id integer PRIMARY KEY, n bigint NOT NULL DEFAULT 0, v text);
