CREATE TABLE authors (id bigint PRIMARY KEY, name text NOT NULL);
CREATE TABLE posts (id bigint PRIMARY KEY, author bigint NOT NULL CONSTRAINT posts_author_fkey REFERENCES authors (id), title text);
CREATE INDEX posts_author_idx ON posts (author);
