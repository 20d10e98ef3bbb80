CREATE TABLE visits (id integer NOT NULL, at date NOT NULL, site text NOT NULL) PARTITION BY RANGE (at);
