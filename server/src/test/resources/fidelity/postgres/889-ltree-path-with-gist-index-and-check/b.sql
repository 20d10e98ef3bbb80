CREATE EXTENSION ltree;
CREATE TABLE categories (id integer PRIMARY KEY, path ltree NOT NULL CONSTRAINT path_not_root CHECK (nlevel(path) > 1));
CREATE INDEX categories_path ON categories USING gist (path);
