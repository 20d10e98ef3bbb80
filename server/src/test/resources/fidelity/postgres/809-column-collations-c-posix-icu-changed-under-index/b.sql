CREATE DOMAIN ci AS text COLLATE "C";
CREATE TABLE words (id integer PRIMARY KEY, w text COLLATE "und-x-icu", x varchar(20) COLLATE "C", y text, z text COLLATE "C" NOT NULL DEFAULT '', c ci COLLATE "POSIX", c2 ci);
CREATE INDEX words_w ON words (w);
CREATE UNIQUE INDEX words_x ON words (x);
CREATE INDEX words_z ON words (z COLLATE "POSIX" DESC);
