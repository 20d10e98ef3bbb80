CREATE TABLE e (id integer PRIMARY KEY, at timestamp NOT NULL DEFAULT now());
