CREATE COLLATION case_insensitive (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE TABLE members (id integer PRIMARY KEY, handle text COLLATE case_insensitive NOT NULL, name text COLLATE "en-x-icu", nick varchar(40) COLLATE case_insensitive UNIQUE);
CREATE UNIQUE INDEX members_handle ON members (handle);
CREATE INDEX members_name_c ON members (name COLLATE "C" text_pattern_ops);
