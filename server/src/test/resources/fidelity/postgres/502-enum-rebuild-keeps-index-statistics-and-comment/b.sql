CREATE TYPE mood AS ENUM ('happy', 'sad');
CREATE TABLE diary (id integer PRIMARY KEY, mood mood NOT NULL, note text);
CREATE INDEX diary_happy ON diary ((mood = 'happy'), (length(note)));
ALTER INDEX diary_happy ALTER COLUMN 1 SET STATISTICS 500;
ALTER INDEX diary_happy ALTER COLUMN 2 SET STATISTICS 20;
COMMENT ON INDEX diary_happy IS 'happy days';
