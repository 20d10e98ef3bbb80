CREATE TABLE users (id integer PRIMARY KEY, email text NOT NULL, nick text);
CREATE INDEX users_nick ON users (nick);
