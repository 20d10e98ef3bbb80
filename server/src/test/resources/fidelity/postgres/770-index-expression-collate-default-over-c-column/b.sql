CREATE TABLE products (id integer PRIMARY KEY, name text COLLATE "C" NOT NULL);
CREATE INDEX products_name_ci ON products (lower(name) COLLATE "default");
