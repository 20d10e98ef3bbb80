CREATE TABLE flags (id integer PRIMARY KEY, on_off integer NOT NULL DEFAULT 0);
