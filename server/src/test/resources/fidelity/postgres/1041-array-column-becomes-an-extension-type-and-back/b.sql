CREATE EXTENSION cube;
CREATE TABLE shapes (id integer PRIMARY KEY, dims cube, tags text);
