CREATE TABLE posts (id integer PRIMARY KEY, tag_string text NOT NULL DEFAULT '', score integer);
CREATE INDEX posts_tags ON posts USING gin (string_to_array(tag_string, ' '));
CREATE INDEX posts_lower ON posts (lower(tag_string), score);
ALTER INDEX posts_lower ALTER COLUMN 1 SET STATISTICS 200;
CREATE INDEX posts_length ON posts (length(tag_string));
ALTER INDEX posts_length ALTER COLUMN 1 SET STATISTICS 100;
CREATE INDEX posts_old_name ON posts ((score * 2));
