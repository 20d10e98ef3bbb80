CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE TABLE tags (id integer PRIMARY KEY, name varchar(30) COLLATE ci NOT NULL);
CREATE UNIQUE INDEX tags_name ON tags (name);
