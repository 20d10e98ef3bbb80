CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy', 'zen');
CREATE TABLE person (id integer PRIMARY KEY, m mood NOT NULL DEFAULT 'zen');
