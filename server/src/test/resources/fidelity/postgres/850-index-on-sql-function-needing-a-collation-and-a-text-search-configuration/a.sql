CREATE TABLE artists (id integer PRIMARY KEY, name text NOT NULL);
