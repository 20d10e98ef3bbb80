CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy', 'elated');
CREATE TABLE person (id integer PRIMARY KEY, m mood DEFAULT 'elated');
