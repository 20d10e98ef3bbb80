CREATE TABLE users (id integer PRIMARY KEY, email text NOT NULL, deleted_at timestamp, score integer, tags text[], body jsonb, created_at timestamp);
CREATE INDEX users_calc ON users ((score * 2 + 1));
