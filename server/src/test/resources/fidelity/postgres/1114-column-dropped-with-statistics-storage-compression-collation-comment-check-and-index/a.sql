CREATE TABLE docs (id integer PRIMARY KEY, title text COLLATE "C" NOT NULL DEFAULT 'untitled' CHECK (title <> ''), body text);
ALTER TABLE docs ALTER COLUMN title SET STATISTICS 500, ALTER COLUMN title SET STORAGE MAIN, ALTER COLUMN title SET COMPRESSION lz4;
COMMENT ON COLUMN docs.title IS 'the title, it''s shown
on two lines';
CREATE INDEX docs_title_idx ON docs (title text_pattern_ops) WHERE title <> 'untitled';
