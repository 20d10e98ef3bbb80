CREATE EXTENSION ltree;
CREATE TABLE categories (id integer PRIMARY KEY, path text NOT NULL);
