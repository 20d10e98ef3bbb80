CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TABLE p (id integer PRIMARY KEY, m mood NOT NULL DEFAULT 'ok', s text DEFAULT 'ok');
