CREATE TABLE t (id integer PRIMARY KEY, qty integer NOT NULL, note text NOT NULL DEFAULT 'n/a');
