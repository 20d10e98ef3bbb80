CREATE TABLE word (id integer PRIMARY KEY, w text COLLATE "POSIX", w2 varchar(80) COLLATE "C");
CREATE INDEX word_w ON word (w DESC NULLS LAST);
CREATE UNIQUE INDEX word_w2 ON word (w2 COLLATE "C" text_pattern_ops);
