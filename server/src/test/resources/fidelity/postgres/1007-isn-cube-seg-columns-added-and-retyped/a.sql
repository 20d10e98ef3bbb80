CREATE EXTENSION isn;
CREATE EXTENSION cube;
CREATE EXTENSION seg;
CREATE TABLE books (id integer PRIMARY KEY, isbn text, dims text, tolerance text);
