CREATE EXTENSION cube;
CREATE TABLE shapes (id integer PRIMARY KEY, dims float8[], tags text[]);
