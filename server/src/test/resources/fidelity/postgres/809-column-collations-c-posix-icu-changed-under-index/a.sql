CREATE DOMAIN ci AS text COLLATE "C";
CREATE TABLE words (id integer PRIMARY KEY, w text COLLATE "C", x varchar(20), y text COLLATE "POSIX", c ci, c2 ci COLLATE "POSIX");
CREATE INDEX words_w ON words (w);
CREATE UNIQUE INDEX words_x ON words (x);
