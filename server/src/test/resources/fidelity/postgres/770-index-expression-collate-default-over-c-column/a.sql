CREATE TABLE products (id integer PRIMARY KEY, name text COLLATE "C" NOT NULL);
