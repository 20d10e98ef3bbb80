CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE TABLE tags (id integer PRIMARY KEY, label text COLLATE ci NOT NULL, slug text COLLATE "C");
CREATE UNIQUE INDEX tags_name ON tags (label);
CREATE INDEX tags_slug ON tags (slug COLLATE ci);
