CREATE TABLE flags (id integer PRIMARY KEY, on_off boolean NOT NULL DEFAULT false);
