CREATE TABLE word (id integer PRIMARY KEY, w text COLLATE "C", w2 varchar(50));
CREATE INDEX word_w ON word (w);
CREATE UNIQUE INDEX word_w2 ON word (w2 COLLATE "C" text_pattern_ops);
