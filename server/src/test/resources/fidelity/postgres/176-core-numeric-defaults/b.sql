CREATE TABLE n (id integer PRIMARY KEY, a numeric(12,4) DEFAULT -1.5, b integer DEFAULT -1, c double precision DEFAULT 1.5, r real);
