CREATE COLLATION case_insensitive (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE TABLE members (id integer PRIMARY KEY, handle text NOT NULL, name text COLLATE "C");
CREATE UNIQUE INDEX members_handle ON members (handle);
