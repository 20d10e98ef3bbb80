CREATE TABLE warehouse (id integer PRIMARY KEY, code text UNIQUE);
CREATE TABLE bin (id integer PRIMARY KEY, label text);
