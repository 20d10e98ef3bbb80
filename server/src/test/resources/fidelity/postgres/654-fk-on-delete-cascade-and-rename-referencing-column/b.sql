CREATE TABLE authors (id bigint PRIMARY KEY, name text NOT NULL);
CREATE TABLE posts (id bigint PRIMARY KEY, author_id bigint NOT NULL CONSTRAINT posts_author_id_fkey REFERENCES authors (id) ON DELETE CASCADE, title text);
CREATE INDEX posts_author_id_idx ON posts (author_id);
