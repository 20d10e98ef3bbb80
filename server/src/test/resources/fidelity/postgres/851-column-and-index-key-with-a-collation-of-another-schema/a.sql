CREATE SCHEMA catalog;
CREATE TABLE catalog.items (id integer PRIMARY KEY, label text NOT NULL);
