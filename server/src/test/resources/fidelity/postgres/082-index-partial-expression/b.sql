CREATE TABLE users (id integer PRIMARY KEY, email text NOT NULL, deleted_at timestamp, score integer, tags text[], body jsonb, created_at timestamp);
CREATE UNIQUE INDEX users_live_lower ON users (lower(email)) WHERE deleted_at IS NULL;
