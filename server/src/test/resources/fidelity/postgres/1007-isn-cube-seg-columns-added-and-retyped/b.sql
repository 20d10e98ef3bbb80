CREATE EXTENSION isn;
CREATE EXTENSION cube;
CREATE EXTENSION seg;
CREATE TABLE books (id integer PRIMARY KEY, isbn isbn13 UNIQUE, dims cube, tolerance seg DEFAULT '1 .. 2'::seg, ean ean13);
CREATE INDEX books_dims ON books USING gist (dims);
